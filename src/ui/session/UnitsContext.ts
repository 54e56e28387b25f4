import { createContext, useContext } from 'react'
import type { Unit } from '../../report/team/unit'

/** Team mode: the organisation's units as the server lists them (empty until they load, and in local mode). */
export const UnitsContext = createContext<readonly Unit[]>([])

export function useUnitList(): readonly Unit[] {
  return useContext(UnitsContext)
}
