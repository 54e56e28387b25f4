import { useId, useRef, useState } from 'react'
import { readTemplatesJson, templatesJson } from '../../../report/mapping/mappingTemplate'
import { useLanguage } from '../../../ui/i18n/LanguageProvider'
import { MIME } from '../../../report/mimeTypes'
import { saveFile } from '../../../ui/saveFile'
import type { MappingTemplatesState } from './useMappingTemplates'
import styles from './TemplatesSection.module.css'

/** The saved column templates: how many, and their export and import as one JSON file (the CLI's --mapping). */
export function TemplatesSection({ state, disabled }: { state: MappingTemplatesState; disabled: boolean }) {
  const { language, messages } = useLanguage()
  const t = messages.files
  const id = useId()
  const input = useRef<HTMLInputElement>(null)
  const [message, setMessage] = useState('')
  const count = state.templates.length

  const importFrom = async (file: File) => {
    const read = readTemplatesJson(await file.text())
    if ('error' in read) return setMessage(t.templatesFailed(read.error[language]))
    await state.save(read.templates)
    setMessage(t.templatesImported(read.templates.length))
  }

  return (
    <section className={styles.templates} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t.templatesTitle}</h3>
      <p>{t.templatesCount(count)}</p>
      <input
        ref={input}
        className="visually-hidden"
        type="file"
        accept=".json,application/json"
        tabIndex={-1}
        aria-hidden="true"
        aria-label={t.templatesFileLabel}
        onChange={(e) => {
          const file = e.target.files?.[0]
          e.target.value = ''
          if (file) void importFrom(file)
        }}
      />
      <div className={styles.templateActions}>
        <button type="button" disabled={disabled || count === 0} onClick={() => saveFile(new TextEncoder().encode(templatesJson(state.templates)), t.templatesFileName, MIME.json)}>
          {t.templatesExport}
        </button>
        <button type="button" disabled={disabled} onClick={() => input.current?.click()}>
          {t.templatesImport}
        </button>
      </div>
      <p role="status">{message}</p>
    </section>
  )
}
