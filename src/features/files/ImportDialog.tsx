import { useContext, useEffect, useEffectEvent, useId, useRef, useState } from 'react'
import type { MappingTemplate } from '../../report/mapping/mappingTemplate'
import { proposeReading, worthMapping } from '../../report/mapping/proposeReading'
import type { ColumnMapping, TableSketch } from '../../report/types'
import { useLanguage } from '../../ui/i18n/LanguageProvider'
import { WorkspacesContext } from '../../ui/session/WorkspacesContext'
import { ModalDialog } from '../../ui/ModalDialog'
import { ProgressReport } from '../../ui/tasks/ProgressReport'
import type { ImportRequest } from './importFile'
import { MappingDialog } from './mapping/MappingDialog'
import { TemplatesSection } from './mapping/TemplatesSection'
import { useMappingTemplates } from './mapping/useMappingTemplates'
import { runImport } from './runImport'
import { TaskActions } from './TaskActions'
import { useImportWording } from './importWording'
import { useTaskProgress } from '../../ui/tasks/useTaskProgress'
import { TaskCancelled } from '../../ui/tasks/workerTask'
import shared from './fileDialogs.module.css'

const ACCEPT = '.txt,.tsv,.tab,.csv,.xlsx,text/plain,text/csv,text/tab-separated-values,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

/** A reason the import stopped, already in the user's language. */
class ImportStopped extends Error {}

/** A file waiting for its columns to be mapped (its header is unknown, or the user asked to review them). */
interface MappingStep {
  readonly file: File
  readonly table: TableSketch
  readonly review: boolean
  /** The saved templates when the file was read: the step proposes from them. */
  readonly templates: readonly MappingTemplate[]
}

/**
 * Imports a report file as a new workspace (in team mode: shares it with the team): read and
 * parsed in a worker with progress, then handed to the drafts store (uploaded first in team mode). A table whose header is not the known one (and has no saved
 * template) goes through the mapping step first; a file that does not parse shows the parser's
 * message and leaves every workspace as it was.
 */
export function ImportDialog({ initialFile, onClose }: { initialFile: File | null; onClose: () => void }) {
  const { language, messages } = useLanguage()
  const t = messages.files
  const workspaces = useContext(WorkspacesContext)
  const wording = useImportWording()
  const task = useTaskProgress()
  const [stage, setStage] = useState<'reading' | 'saving'>('reading')
  const labelId = useId()
  const messageId = useId()
  const input = useRef<HTMLInputElement>(null)
  const running = task.state.phase === 'running'
  const templates = useMappingTemplates()
  const [review, setReview] = useState(false)
  const [mapping, setMapping] = useState<MappingStep | null>(null)

  /** Reads the file as asked (without a mapping, through the saved templates); the mapping step when it needs one. */
  const read = (file: File, asked: ImportRequest) => {
    setStage('reading')
    void task.run(
      async (onProgress, signal): Promise<string | null> => {
        if (!workspaces) throw new ImportStopped(t.importNoStorage)
        const saved = await templates.read()
        const request = asked.mapping || asked.review ? asked : { templates: [...saved] }
        const parsed = await runImport(file, onProgress, signal, request)
        if (signal.aborted) throw new TaskCancelled()
        if (!parsed.ok) {
          const reviewing = parsed.error === null
          if (parsed.table && (reviewing || worthMapping(proposeReading(parsed.table, saved)))) {
            setMapping({ file, table: parsed.table, review: reviewing, templates: saved })
            return null
          }
          throw new ImportStopped(parsed.error?.message[language] ?? '')
        }
        setStage('saving')
        const created = await workspaces.createWorkspaceFromFile(parsed.bytes, file.name, parsed.report, parsed.mapping)
        if (!created.ok) {
          throw new ImportStopped(created.error.code === 'storageNeeded' ? messages.workspace.storageNeededForImport : created.error.message[language])
        }
        return file.name
      },
      (name) => (name === null ? null : wording.done(name)),
      (reason) => wording.failed(file.name, reason),
    )
  }
  const start = (file: File) => read(file, review ? { review: true } : {})

  /** The confirmed columns: kept as the form's template, then the file is read with them. */
  const confirm = (step: MappingStep, columns: ColumnMapping, template: MappingTemplate) => {
    setMapping(null)
    void templates.save([template]).catch(() => undefined)
    read(step.file, { mapping: columns })
  }

  const startDropped = useEffectEvent(() => {
    if (initialFile) start(initialFile)
  })
  useEffect(() => {
    // A dropped file starts at once. In development StrictMode mounts twice: the first run is
    // cancelled by the unmount and the second starts again, so exactly one import completes.
    startDropped()
  }, [])

  if (mapping) {
    return (
      <MappingDialog
        fileName={mapping.file.name}
        table={mapping.table}
        templates={mapping.templates}
        review={mapping.review}
        onConfirm={(columns, template) => confirm(mapping, columns, template)}
        onCancel={() => setMapping(null)}
      />
    )
  }

  return (
    <ModalDialog title={wording.title} onClose={onClose} busy={running}>
      <p>{wording.intro}</p>
      <div className={shared.field}>
        <span id={labelId}>{t.importFileLabel}</span>
        {/*
          The native control's text follows the browser's language, not the app's: a button of ours
          opens it. The input is hidden from Tab and from screen readers so the action has one control.
        */}
        <input
          ref={input}
          className="visually-hidden"
          type="file"
          accept={ACCEPT}
          tabIndex={-1}
          aria-hidden="true"
          aria-labelledby={labelId}
          disabled={running}
          onChange={(e) => {
            const file = e.target.files?.[0]
            e.target.value = ''
            if (file) start(file)
          }}
        />
        <div>
          {/* After a failure focus comes back here (ModalDialog), and the reason is read with the button. */}
          <button type="button" data-autofocus aria-describedby={`${labelId} ${messageId}`} disabled={running} onClick={() => input.current?.click()}>
            {t.importChoose}
          </button>
        </div>
      </div>
      <label className={shared.check}>
        <input type="checkbox" checked={review} disabled={running} onChange={(e) => setReview(e.target.checked)} />
        {t.reviewColumns}
      </label>
      <ProgressReport
        state={task.state}
        label={t.importProgress}
        messageId={messageId}
        describe={(p) => (p && p.total > 0 ? t.importReading(p.done, p.total) : stage === 'saving' ? wording.saving : t.importParsing)}
      />
      {templates.available && <TemplatesSection state={templates} disabled={running} />}
      <TaskActions running={running} onCancel={task.cancel} onClose={onClose} />
    </ModalDialog>
  )
}
