import { useEffect, useMemo } from 'react'
import { usePresence, type Person } from '../../ui/session/PresenceContext'

const NOBODY: readonly Person[] = []

/**
 * Team mode: tells the others which meta this user is on (the selected row, which follows the
 * active cell once it settles) and gives, per meta, the others who are on it.
 */
export function useRowPresence(selected: number | null): (meta: number) => readonly Person[] {
  const { people, showMeta } = usePresence()
  useEffect(() => {
    showMeta(selected)
  }, [selected, showMeta])
  const byMeta = useMemo(() => {
    const map = new Map<number, Person[]>()
    for (const person of people) {
      if (person.meta === null) continue
      const here = map.get(person.meta)
      if (here) here.push(person)
      else map.set(person.meta, [person])
    }
    return map
  }, [people])
  return (meta) => byMeta.get(meta) ?? NOBODY
}
