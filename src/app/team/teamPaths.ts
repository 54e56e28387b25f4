/** The team mode's addresses: the list of shared reports and one report (a reload reopens it). */
export const REPORT_LIST_PATH = '/informes'

export const reportPath = (id: string): string => `${REPORT_LIST_PATH}/${encodeURIComponent(id)}`
