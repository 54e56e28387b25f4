import type { ReviewStatus } from '../../report/reviewStatus'
import { useMessages } from '../i18n/LanguageProvider'
import { useReportSession } from './ReportSession'

/** The review statuses as this session names them: team mode speaks of the turn («Lista para revisión»), local mode of one person's review («Revisada»). */
export function useStatusNames(): Readonly<Record<ReviewStatus, string>> {
  const messages = useMessages()
  return useReportSession().access.account ? messages.turn.statuses : messages.workspace.reviewStatuses
}
