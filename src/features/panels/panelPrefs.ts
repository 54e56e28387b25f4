import { useCallback, useSyncExternalStore } from 'react'
import { readPreference, writePreference } from '../../ui/browserPreference'

/** The side area's layout as the user left it: remembered in this browser across visits. */
export interface PanelPrefs {
  readonly open: boolean
  readonly width: number
  readonly tab: PanelTab
}

export type PanelTab = 'meta' | 'activity' | 'charts' | 'findings'
const PANEL_TABS: readonly PanelTab[] = ['meta', 'activity', 'charts', 'findings']

export const MIN_WIDTH = 300
/** The grid keeps at least this much room, so a wide panel never hides it. */
const GRID_MIN_WIDTH = 420

const STORAGE_KEY = 'poa.panels'
/** About a quarter of the window: 380 px at 1366 leaves the grid room for its key columns. */
const defaultWidth = () => Math.min(520, Math.max(340, Math.round(window.innerWidth * 0.28)))
const DEFAULTS: Omit<PanelPrefs, 'width'> = { open: true, tab: 'meta' }

function readPrefs(): PanelPrefs {
  const raw = readPreference(STORAGE_KEY)
  try {
    if (!raw) return { ...DEFAULTS, width: defaultWidth() }
    const stored = JSON.parse(raw) as Partial<Record<keyof PanelPrefs, unknown>>
    return {
      open: typeof stored.open === 'boolean' ? stored.open : DEFAULTS.open,
      width: typeof stored.width === 'number' && Number.isFinite(stored.width) ? stored.width : defaultWidth(),
      tab: PANEL_TABS.find((t) => t === stored.tab) ?? DEFAULTS.tab,
    }
  } catch {
    return { ...DEFAULTS, width: defaultWidth() }
  }
}

export function maxPanelWidth(viewportWidth: number): number {
  return Math.max(MIN_WIDTH, viewportWidth - GRID_MIN_WIDTH)
}

export function clampWidth(width: number, viewportWidth: number): number {
  return Math.round(Math.min(Math.max(width, MIN_WIDTH), maxPanelWidth(viewportWidth)))
}

// One layout for every part of the panels feature that reads it (the area, the inbox that opens the
// meta panel); read again from storage once nothing shows it.
let current: PanelPrefs | null = null
const listeners = new Set<() => void>()
const snapshot = (): PanelPrefs => (current ??= readPrefs())
function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  return () => {
    listeners.delete(listener)
    if (listeners.size === 0) current = null
  }
}

export function usePanelPrefs(): [PanelPrefs, (change: Partial<PanelPrefs>) => void] {
  const prefs = useSyncExternalStore(subscribe, snapshot)
  const update = useCallback((change: Partial<PanelPrefs>) => {
    current = { ...snapshot(), ...change }
    writePreference(STORAGE_KEY, JSON.stringify(current))
    for (const listener of listeners) listener()
  }, [])
  return [prefs, update]
}
