import { useQuery } from '@tanstack/react-query'
import { useEffect, useMemo, useRef, type ReactNode } from 'react'
import type { Unit } from '../../report/team/unit'
import type { TeamError } from '../../sync/teamApi'
import { useReportSession } from './ReportSession'
import { useTeamApi } from './teamContext'
import { TEAM_KEYS, valueOf } from './teamQueries'
import { UnitsContext } from './UnitsContext'

const NO_UNITS: readonly Unit[] = []

/** The organisation's units as the server lists them, for the screens of a shared report. */
export function useTeamUnits() {
  const api = useTeamApi()
  return useQuery<readonly Unit[], TeamError>({ queryKey: TEAM_KEYS.units, queryFn: () => valueOf(api.listUnits()) })
}

/**
 * Gives a shared report's screens the units. An assignment pulled from the server may name a unit
 * created since the list was read (in another browser): the list is then read again.
 */
export function UnitsProvider({ children }: { children: ReactNode }) {
  const units = useTeamUnits()
  const list = units.data ?? NO_UNITS
  const assigned = useReportSession().assignments?.units
  const known = useMemo(() => new Set(list.map((u) => u.id)), [list])
  const unknown = useMemo(() => [...new Set(assigned?.values() ?? [])].filter((id) => !known.has(id)).join(','), [assigned, known])
  // Once per set of unknown units: a unit the server does not list either is not asked for again and again.
  const askedFor = useRef('')
  const { refetch, isFetching, isSuccess } = units
  useEffect(() => {
    if (unknown === '' || !isSuccess || isFetching || askedFor.current === unknown) return
    askedFor.current = unknown
    void refetch()
  }, [unknown, isSuccess, isFetching, refetch])
  return <UnitsContext.Provider value={list}>{children}</UnitsContext.Provider>
}
