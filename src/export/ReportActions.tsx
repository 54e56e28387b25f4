import { useCallback, useMemo, useState } from 'react'
import { useMessages } from '../app/i18n/LanguageProvider'
import { useReportSession } from '../app/session/ReportSession'
import { useView } from '../grid/view/useView'
import { ExportDialog, type ExportTarget } from './ExportDialog'
import { FileDropTarget } from './FileDropTarget'
import { ImportDialog } from './ImportDialog'
import { PublishDialog } from './PublishDialog'
import { isPlainView } from './viewDescription'
import './export.css'

type Open = 'export' | 'publish' | 'import' | null

/** The header's report actions: export the view, publish the corrected report, import another. */
export function ReportActions() {
  const t = useMessages().export
  const { report } = useReportSession()
  const view = useView()
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
  const targets = useMemo<ExportTarget[]>(
    () => [{ id: 'current', name: t.currentView, fileLabel: isPlainView(view.spec) ? t.viewAllMetas : t.viewFiltered, spec: view.spec, metas: view.metas }],
    [t, view.spec, view.metas],
  )
  return (
    <div className="report-actions" role="toolbar" aria-label={t.toolbar}>
      <button type="button" onClick={() => setOpen('import')} aria-haspopup="dialog">
        {t.importButton}
      </button>
      <button type="button" onClick={() => setOpen('export')} aria-haspopup="dialog">
        {t.exportButton}
      </button>
      <button type="button" onClick={() => setOpen('publish')} aria-haspopup="dialog">
        {t.publishButton}
      </button>
      {open === 'export' && <ExportDialog report={report} targets={targets} context={view.context} onClose={close} />}
      {open === 'publish' && <PublishDialog onClose={close} />}
      {open === 'import' && <ImportDialog key={dropped ? `${dropped.name}:${dropped.lastModified}` : 'picker'} initialFile={dropped} onClose={close} />}
      <FileDropTarget onFile={onDrop} />
    </div>
  )
}
