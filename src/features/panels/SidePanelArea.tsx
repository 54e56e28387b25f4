import { lazy, Suspense, useEffect, useMemo, useState, type KeyboardEvent, type PointerEvent } from 'react'
import { useMessages } from '../../ui/i18n/LanguageProvider'
import { PartFailed } from '../../ui/PartFailed'
import { RenderErrorBoundary } from '../../ui/RenderErrorBoundary'
import { FindingsPanel } from './findings/FindingsPanel'
import { useFindingAcks } from './findings/findingAcks'
import { useReportFindings } from './findings/reportFindings'
import { MetaActivity } from './meta/MetaActivity'
import { MetaPanel } from './meta/MetaPanel'
import { clampWidth, maxPanelWidth, MIN_WIDTH, usePanelPrefs, type PanelTab } from './panelPrefs'
import { PanelTabs } from './PanelTabs'
import controls from '../../ui/controls.module.css'
import styles from './SidePanelArea.module.css'

// Recharts is about a third of the app's weight: it loads when the charts tab first opens.
const loadChartsPanel = () => lazy(() => import('./charts/ChartsPanel'))

const KEY_STEP = 24

/** The right-hand area: meta, charts and findings panels under tabs; resizable, collapsible, remembered. */
export function SidePanelArea() {
  const messages = useMessages()
  const shell = messages.shell
  const t = messages.panels
  const [prefs, setPrefs] = usePanelPrefs()
  // A failed load stays failed inside lazy(): retrying makes a new one.
  const [ChartsPanel, setChartsPanel] = useState(loadChartsPanel)
  const findings = useReportFindings()
  const acks = useFindingAcks()
  // No count while a large report's findings are still being checked.
  const openFindings = useMemo(() => findings?.filter((f) => !acks.isAcknowledged(f)).length, [findings, acks])
  const viewportWidth = useViewportWidth()
  const width = clampWidth(prefs.width, viewportWidth)
  const resizeTo = (next: number) => setPrefs({ width: clampWidth(next, viewportWidth) })

  const onHandleKey = (event: KeyboardEvent) => {
    const next =
      event.key === 'ArrowLeft'
        ? width + KEY_STEP
        : event.key === 'ArrowRight'
          ? width - KEY_STEP
          : event.key === 'Home'
            ? MIN_WIDTH
            : event.key === 'End'
              ? maxPanelWidth(viewportWidth)
              : null
    if (next === null) return
    event.preventDefault()
    resizeTo(next)
  }
  const onHandlePointerDown = (event: PointerEvent<HTMLDivElement>) => {
    event.preventDefault()
    const handle = event.currentTarget
    handle.setPointerCapture(event.pointerId)
    const startX = event.clientX
    const startWidth = width
    const move = (e: globalThis.PointerEvent) => resizeTo(startWidth + (startX - e.clientX))
    const end = () => {
      handle.removeEventListener('pointermove', move)
      handle.removeEventListener('pointerup', end)
      handle.removeEventListener('pointercancel', end)
    }
    handle.addEventListener('pointermove', move)
    handle.addEventListener('pointerup', end)
    handle.addEventListener('pointercancel', end)
  }

  const tabs = [
    { key: 'meta' as const, label: t.tabMeta },
    { key: 'activity' as const, label: messages.activity.tab },
    { key: 'charts' as const, label: t.tabCharts },
    { key: 'findings' as const, label: t.tabFindings, badge: openFindings === undefined ? undefined : t.fmtNumber(openFindings) },
  ]
  return (
    <aside className={prefs.open ? styles.area : `${styles.area} ${styles.collapsed}`} style={prefs.open ? { width } : undefined} aria-label={shell.sidePanelRegion}>
      {prefs.open && (
        <div
          role="separator"
          aria-orientation="vertical"
          aria-label={t.resizeHandle}
          aria-valuemin={MIN_WIDTH}
          aria-valuemax={maxPanelWidth(viewportWidth)}
          aria-valuenow={width}
          tabIndex={0}
          className={styles.resizer}
          onKeyDown={onHandleKey}
          onPointerDown={onHandlePointerDown}
        />
      )}
      <button
        type="button"
        className={`${controls.iconButton} ${styles.toggle}`}
        aria-expanded={prefs.open}
        aria-label={prefs.open ? shell.hideSidePanel : shell.showSidePanel}
        title={prefs.open ? shell.hideSidePanel : shell.showSidePanel}
        onClick={() => setPrefs({ open: !prefs.open })}
      >
        <span aria-hidden="true">{prefs.open ? '⟩' : '⟨'}</span>
      </button>
      {prefs.open && (
        <PanelTabs<PanelTab> idPrefix="side" label={t.tabsLabel} tabs={tabs} selected={prefs.tab} onSelect={(tab) => setPrefs({ tab })}>
          {prefs.tab === 'meta' && <MetaPanel />}
          {prefs.tab === 'activity' && <MetaActivity />}
          {prefs.tab === 'charts' && (
            <RenderErrorBoundary fallback={(retry) => <PartFailed retry={retry} />} onRetry={() => setChartsPanel(loadChartsPanel)}>
              <Suspense fallback={<p role="status">{t.loadingCharts}</p>}>
                <ChartsPanel />
              </Suspense>
            </RenderErrorBoundary>
          )}
          {prefs.tab === 'findings' && <FindingsPanel />}
        </PanelTabs>
      )}
    </aside>
  )
}

function useViewportWidth(): number {
  const [width, setWidth] = useState(() => window.innerWidth)
  useEffect(() => {
    const onResize = () => setWidth(window.innerWidth)
    window.addEventListener('resize', onResize)
    return () => window.removeEventListener('resize', onResize)
  }, [])
  return width
}
