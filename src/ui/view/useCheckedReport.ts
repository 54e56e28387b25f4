import { useEffect, useState } from 'react'
import { checkReportStep, findingsChecked } from '../../report/findings'
import type { Report } from '../../report/types'

/** Above this many metas a report's findings are checked in steps after the rows are on screen (~1 s at 100,000 in one go). */
const CHECK_LATER_ABOVE = 5_000
/** Each step stays well under a frame, so typing and scrolling keep up while a large report is checked. */
const STEP_MS = 12

// The report being checked in steps; asking for another one (an edit made a new version) stops it.
let checking: { readonly report: Report; readonly done: Promise<void> } | null = null

function checkInSteps(report: Report): Promise<void> {
  if (checking?.report === report) return checking.done
  const done = new Promise<void>((resolve) => {
    const step = () => {
      if (checking?.report !== report) return
      if (checkReportStep(report, STEP_MS)) resolve()
      else setTimeout(step, 0)
    }
    setTimeout(step, 0)
  })
  checking = { report, done }
  return done
}

/**
 * The report whose findings can be read at no cost: `report` itself when it is small, already
 * checked, or `now` (the view filters or sorts by findings). A large report is checked in steps
 * after the rows are painted; meanwhile this is the last report checked (after an edit its
 * findings stay rather than blinking empty), or null before the first check is done.
 */
export function useCheckedReport(report: Report, now: boolean): Report | null {
  const [checked, setChecked] = useState<Report | null>(null)
  const ready = now || report.metas.length <= CHECK_LATER_ABOVE || findingsChecked(report)
  useEffect(() => {
    if (ready) return
    let current = true
    void checkInSteps(report).then(() => {
      if (current) setChecked(report)
    })
    return () => {
      current = false
    }
  }, [report, ready])
  return ready ? report : checked
}
