import { useRef } from 'react'

/**
 * Like useMemo, but recomputes only when one of `keys` changes and reads everything else as it is at
 * that moment: for values that on purpose do not follow every change of what they read (an edited
 * row keeps its place until the view is refreshed; rows get a column list only when the layout changes).
 */
export function useRecomputeOn<T>(keys: readonly unknown[], compute: () => T): T {
  const kept = useRef<{ keys: readonly unknown[]; value: T } | null>(null)
  const last = kept.current
  if (last !== null && last.keys.length === keys.length && last.keys.every((key, i) => Object.is(key, keys[i]))) return last.value
  const value = compute()
  kept.current = { keys, value }
  return value
}
