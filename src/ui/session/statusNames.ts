import type { ReviewStatus } from '../../report/reviewStatus'
import { useMessages } from '../i18n/LanguageProvider'
import { useContext } from 'react'
import { ReportSessionContext } from './ReportSession'

/**
 * The review statuses as this session names them: team mode speaks of the turn («Lista para revisión»),
 * local mode of one person's review («Revisada»), and so does a part shown outside any report session.
 */
export function useStatusNames(): Readonly<Record<ReviewStatus, string>> {
  const messages = useMessages()
  const team = useContext(ReportSessionContext)?.access.account
  return team ? messages.turn.statuses : messages.workspace.reviewStatuses
}
