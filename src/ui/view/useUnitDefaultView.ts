import { useEffect, useRef } from 'react'
import type { SetURLSearchParams } from 'react-router'
import { DEFAULT_VIEW, EMPTY_FILTERS } from '../../report/view/viewSpec'
import { decodeView, encodeView } from '../../report/view/viewUrl'
import { useReportSession } from '../session/ReportSession'

/**
 * Team mode: a secretaría that opens a shared report with no view in its address sees its own
 * unit's metas (the unit filter set to its unit, a chip it can clear like any other). Once per
 * opening: clearing the filter leaves the whole report.
 */
export function useUnitDefaultView(params: URLSearchParams, setParams: SetURLSearchParams): void {
  const { access, assignments } = useReportSession()
  const unit = access.account?.role === 'secretaria' && assignments ? (access.account.unit?.id ?? null) : null
  const decided = useRef(false)
  useEffect(() => {
    if (decided.current) return
    decided.current = true
    if (unit === null || encodeView(decodeView(params)).toString() !== '') return
    const mine = { ...DEFAULT_VIEW, filters: { ...EMPTY_FILTERS, unit: [unit] } }
    setParams((current) => encodeView(mine, current), { replace: true })
  }, [unit, params, setParams])
}
