import { useId } from 'react'
import { COLUMNS } from '../../../report/columns'
import type { ReadingPreview } from '../../../report/mapping/previewReading'
import type { ColumnKey } from '../../../report/types'
import { useLanguage } from '../../../ui/i18n/LanguageProvider'
import styles from './MappingDialog.module.css'

/** The first metas as the chosen columns read them (report text, never HTML), or why they cannot be read. */
export function MappingPreview({ preview, columns }: { preview: ReadingPreview; columns: Readonly<Record<ColumnKey, number | null>> }) {
  const { language, messages } = useLanguage()
  const t = messages.files
  const captionId = useId()
  if (!preview.ok) {
    return (
      <p role="alert" className={styles.problem}>
        {preview.error.message[language]}
      </p>
    )
  }
  const shown = COLUMNS.filter((def) => columns[def.key] !== null)
  return (
    // Scrolls sideways on its own: a focusable region, so the keyboard can scroll it too.
    <div className={styles.previewScroll} role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className={styles.preview}>
        <caption id={captionId}>{t.mappingPreview(preview.metas.length)}</caption>
        <thead>
          <tr>
            <th scope="col">{t.mappingPreviewLine}</th>
            {shown.map((def) => (
              <th key={def.key} scope="col">
                {def.label[language]}
              </th>
            ))}
            {preview.extraColumns.map((extra) => (
              <th key={`extra-${extra.position}`} scope="col">
                {extra.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {preview.metas.map((meta) => (
            <tr key={meta.id}>
              <th scope="row">{meta.line}</th>
              {shown.map((def) => (
                <td key={def.key} title={meta.cells[def.key]}>
                  {meta.cells[def.key]}
                </td>
              ))}
              {(meta.extra ?? []).map((text, i) => (
                <td key={`extra-${i}`} title={text}>
                  {text}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
