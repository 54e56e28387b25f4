import { useMemo } from 'react'
import { useReportSession } from '../session/ReportSession'
import { useStatusNames } from '../session/statusNames'
import { useUnitList } from '../session/UnitsContext'
import type { ActivitySheet } from './activityWorkbook'

/** What the activity's words and export need from the open report: meta numbers, status names, and each meta's unit by name. */
export function useActivitySheet(): Omit<ActivitySheet, 'language' | 'messages'> {
  const { report, assignments, access } = useReportSession()
  const statusNames = useStatusNames()
  const own = access.account?.unit ?? null
  const units = useUnitList()
  return useMemo(() => {
    const names = new Map([...(own ? [own] : []), ...units].map((u) => [u.id, u.name]))
    const unitName = (unit: string) => names.get(unit) ?? unit
    return {
      statusNames,
      unitName,
      metaNo: (meta: number) => report.metas[meta]?.cells.no ?? String(meta + 1),
      unitOf: (meta: number) => {
        const unit = assignments?.unitOf(meta) ?? null
        return unit === null ? '' : unitName(unit)
      },
    }
  }, [report, assignments, statusNames, own, units])
}
