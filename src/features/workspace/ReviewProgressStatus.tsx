import type { Account } from '../../report/team/account'
import { planningProgress } from '../../report/team/unitProgress'
import type { Messages } from '../../ui/i18n/catalog'
import { useMessages } from '../../ui/i18n/LanguageProvider'
import { useUnitProgress, type NamedUnitProgress } from '../../ui/progress/useUnitProgress'
import { useReportSession, type ReviewProgress } from '../../ui/session/ReportSession'
import styles from './ReviewProgressStatus.module.css'

interface Shown {
  readonly value: number
  readonly max: number
  readonly text: string
}

/** A secretaría counts its unit's metas ready or approved of those assigned; planning the submitted metas it has reviewed. */
function ownProgress(account: Account | null, progress: readonly NamedUnitProgress[] | null, everyone: ReviewProgress, messages: Messages): Shown {
  const t = messages.activity
  if (progress && account?.role === 'secretaria' && account.unit) {
    const unit = account.unit
    const row = progress.find((r) => r.unit === unit.id) ?? { ready: 0, approved: 0, assigned: 0 }
    return { value: row.ready + row.approved, max: row.assigned, text: t.ownUnitProgress(unit.name, row.ready, row.approved, row.assigned) }
  }
  if (progress && account?.role === 'planificacion') {
    const { decided, submitted } = planningProgress(progress)
    return { value: decided, max: submitted, text: t.planningProgress(decided, submitted) }
  }
  return { value: everyone.reviewed, max: everyone.total, text: messages.workspace.reviewProgress(everyone.reviewed, everyone.total) }
}

/** Review progress for the status bar, as the person at the screen counts it; otherwise (local mode, consulta) "120 de 351 revisadas". */
export function ReviewProgressStatus() {
  const messages = useMessages()
  const session = useReportSession()
  const own = ownProgress(session.access.account, useUnitProgress(), session.reviewProgress, messages)
  return (
    <span className={styles.progress}>
      <progress value={own.value} max={Math.max(own.max, 1)} aria-hidden="true" />
      {own.text}
    </span>
  )
}
