import type { Severity } from '../../../report/findings'

/** Worst first, as the filter lists them. */
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info']
