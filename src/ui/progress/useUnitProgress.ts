import { useMemo } from 'react'
import { metaUnits } from '../../report/team/metaUnits'
import { progressByUnit, type UnitProgress } from '../../report/team/unitProgress'
import { useMessages } from '../i18n/LanguageProvider'
import { useReportSession } from '../session/ReportSession'
import { useUnitList } from '../session/UnitsContext'

export interface NamedUnitProgress extends UnitProgress {
  /** The unit's name («Sin asignar» for the metas of no unit). */
  readonly name: string
}

/** Team mode: the review's progress per unit over the whole report, as it stands now; null in local mode (no units). */
export function useUnitProgress(): readonly NamedUnitProgress[] | null {
  const { assignments, reviewStatus, original } = useReportSession()
  const units = useUnitList()
  const t = useMessages().activity
  return useMemo(() => {
    if (!assignments) return null
    const known = metaUnits(assignments.units, units)
    const rows = progressByUnit(
      original.metas.length,
      assignments.units,
      reviewStatus,
      known.list.map((u) => u.id),
    )
    return rows.map((r) => ({ ...r, name: r.unit === null ? t.noUnit : (known.unitName(r.unit) ?? r.unit) }))
  }, [assignments, reviewStatus, units, original, t])
}
