import { useCallback, useMemo, useState } from 'react'
import { useMessages } from '../../ui/i18n/LanguageProvider'
import { usePublicationRounds } from '../../ui/session/PublicationContext'
import { useReportSession } from '../../ui/session/ReportSession'
import { useView } from '../../ui/view/useView'
import { computeView } from '../../report/view/computeView'
import { decodeView } from '../../report/view/viewUrl'
import { ExportDialog, type ExportTarget } from './ExportDialog'
import { FileDropTarget } from './FileDropTarget'
import { ImportDialog } from './ImportDialog'
import { useImportWording } from './importWording'
import { PublishDialog } from './PublishDialog'
import { PublishedVersionsDialog } from './PublishedVersionsDialog'
import { SavedViewsDialog } from './SavedViewsDialog'
import { TeamPublishDialog } from './TeamPublishDialog'
import { useSavedViews } from './useSavedViews'
import { isPlainView } from './viewDescription'
import styles from './ReportActions.module.css'

type Open = 'export' | 'publish' | 'versions' | 'import' | 'views' | null

/**
 * The header's report actions: import another report, saved views, export the view, publish. In team
 * mode publishing is the server's round (planning only) and everyone sees the published versions.
 */
export function ReportActions() {
  const wording = useImportWording()
  const t = useMessages().files
  const { report, access } = useReportSession()
  const view = useView()
  const saved = useSavedViews()
  const rounds = usePublicationRounds()
  const [open, setOpen] = useState<Open>(null)
  const [dropped, setDropped] = useState<File | null>(null)
  const onDrop = useCallback((file: File) => {
    setDropped(file)
    setOpen('import')
  }, [])
  const close = useCallback(() => {
    setOpen(null)
    setDropped(null)
  }, [])
  const exporting = open === 'export'
  // Saved views are computed only while the export dialog is open: on 100,000 metas each costs a sort.
  const targets = useMemo<ExportTarget[]>(() => {
    if (!exporting) return []
    const current: ExportTarget = { id: 'current', name: t.currentView, fileLabel: isPlainView(view.spec) ? t.viewAllMetas : t.viewFiltered, spec: view.spec, metas: view.metas }
    const others = (saved.views ?? []).map((item): ExportTarget => {
      const spec = decodeView(new URLSearchParams(item.query))
      return { id: `saved:${item.id}`, name: item.name, fileLabel: item.name, spec, metas: computeView(report, spec, view.context) }
    })
    return [current, ...others]
  }, [exporting, t, view.spec, view.metas, view.context, saved.views, report])

  // In team mode importing shares the report with everyone: offered only to the roles that may.
  type Action = [NonNullable<Open>, string]
  const publishing: Action[] = rounds
    ? [...(rounds.canPublish ? [['publish', t.publishVersionButton] satisfies Action] : []), ['versions', t.versionsButton]]
    : [['publish', t.publishButton]]
  const all: readonly Action[] = [['import', wording.button], ['views', t.viewsButton], ['export', t.exportButton], ...publishing]
  const buttons = all.filter(([dialog]) => dialog !== 'import' || access.canImport)

  return (
    <div className={styles.actions} role="toolbar" aria-label={t.toolbar}>
      {buttons.map(([dialog, label]) => (
        <button key={dialog} type="button" onClick={() => setOpen(dialog)} aria-haspopup="dialog">
          {label}
        </button>
      ))}
      {exporting && <ExportDialog report={report} targets={targets} context={view.context} onClose={close} />}
      {open === 'publish' && (rounds ? <TeamPublishDialog rounds={rounds} onClose={close} /> : <PublishDialog onClose={close} />)}
      {open === 'versions' && rounds && <PublishedVersionsDialog rounds={rounds} onClose={close} />}
      {open === 'views' && <SavedViewsDialog saved={saved} onClose={close} />}
      {open === 'import' && <ImportDialog key={dropped ? `${dropped.name}:${dropped.lastModified}` : 'picker'} initialFile={dropped} onClose={close} />}
      {access.canImport && <FileDropTarget onFile={onDrop} />}
    </div>
  )
}
