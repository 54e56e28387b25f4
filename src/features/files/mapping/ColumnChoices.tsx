import { useId } from 'react'
import { COLUMNS } from '../../../report/columns'
import type { HeaderLabel } from '../../../report/mapping/headerText'
import type { ColumnKey } from '../../../report/types'
import { useLanguage } from '../../../ui/i18n/LanguageProvider'
import styles from './MappingDialog.module.css'

/** A file column's spreadsheet letter: A, B, … Z, AA. */
export function columnLetter(position: number): string {
  let n = position + 1
  let letters = ''
  while (n > 0) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters
    n = Math.floor((n - 1) / 26)
  }
  return letters
}

interface Props {
  readonly labels: readonly HeaderLabel[]
  readonly columns: Readonly<Record<ColumnKey, number | null>>
  readonly onPick: (key: ColumnKey, position: number | null) => void
}

/**
 * One choice per report column: the file column that holds it, or none. Required columns left
 * without one are listed with what the product needs them for; the file's unmatched columns are
 * named as the extra columns they will be.
 */
export function ColumnChoices({ labels, columns, onPick }: Props) {
  const { language, messages } = useLanguage()
  const t = messages.files
  const id = useId()
  const used = new Set(Object.values(columns))
  const missing = COLUMNS.filter((def) => def.required && columns[def.key] === null)
  const extras = labels.filter((label, at) => label.text !== '' && !used.has(at))
  return (
    <>
      <fieldset>
        <legend>{t.mappingColumns}</legend>
        <div className={styles.choices}>
          {COLUMNS.map((def) => {
            const at = columns[def.key]
            return (
              <div key={def.key} className={styles.choice}>
                <label htmlFor={`${id}-${def.key}`}>
                  {def.label[language]}
                  {def.required && (
                    <span className={styles.required} aria-hidden="true">
                      {' '}
                      ({t.mappingRequired})
                    </span>
                  )}
                </label>
                <select
                  id={`${id}-${def.key}`}
                  value={at === null ? '' : String(at)}
                  required={def.required}
                  aria-describedby={def.required && at === null ? `${id}-need-${def.key}` : undefined}
                  onChange={(e) => onPick(def.key, e.target.value === '' ? null : Number(e.target.value))}
                >
                  <option value="">{t.mappingAbsent}</option>
                  {labels.map((label, position) => (
                    <option key={position} value={String(position)}>
                      {t.mappingFileColumn(columnLetter(position), label.text || t.mappingUnnamed)}
                    </option>
                  ))}
                </select>
              </div>
            )
          })}
        </div>
      </fieldset>
      {missing.length > 0 && (
        <section className={styles.missing} aria-labelledby={`${id}-missing`}>
          <h3 id={`${id}-missing`}>{t.mappingMissingTitle}</h3>
          <ul>
            {missing.map((def) => (
              <li key={def.key} id={`${id}-need-${def.key}`}>
                {t.mappingMissingItem(def.label[language], def.need[language])}
              </li>
            ))}
          </ul>
          <p>{t.mappingMissingNote}</p>
        </section>
      )}
      {extras.length > 0 && (
        <p className={styles.extras}>
          <strong>{t.mappingExtrasTitle}:</strong> {extras.map((l) => l.text).join(', ')}. {t.mappingExtrasNote}
        </p>
      )}
    </>
  )
}
