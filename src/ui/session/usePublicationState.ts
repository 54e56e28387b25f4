import { useCallback, useEffect, useMemo, useState } from 'react'
import { allows } from '../../report/team/access'
import type { Account } from '../../report/team/account'
import type { Publications } from '../../report/team/publication'
import type { TeamApi } from '../../sync/teamApi'
import { saveFile } from '../saveFile'
import type { PublicationRounds } from './PublicationContext'

/**
 * The open shared report's rounds, read when it opens and again whenever the server announces a
 * change of round (`refresh`, called by the live stream's `publication` event).
 */
export function usePublicationState(api: TeamApi, report: string, account: Account): { readonly rounds: PublicationRounds; readonly refresh: () => void } {
  const [state, setState] = useState<Publications | null>(null)
  const refresh = useCallback(() => {
    void api.publications(report).then((answer) => answer.ok && setState(answer.value))
  }, [api, report])
  useEffect(() => {
    setState(null)
    refresh()
  }, [refresh])
  const canPublish = allows(account, 'report.publish')
  const rounds = useMemo<PublicationRounds>(
    () => ({
      state,
      canPublish,
      async publish(reason, lang) {
        const answer = await api.publish(report, reason, lang)
        if (answer.ok) setState(answer.value)
        return answer
      },
      async openRound() {
        const answer = await api.openRound(report)
        if (answer.ok) refresh()
        return answer
      },
      async download(version, part) {
        const file = version.files.find((f) => f.kind === part)
        const answer = await api.publishedFile(report, version.round, part)
        if (answer.ok && file) saveFile(answer.value, file.name, file.mime)
        return answer.ok ? { ok: true, value: undefined } : answer
      },
    }),
    [api, report, state, canPublish, refresh],
  )
  return { rounds, refresh }
}
