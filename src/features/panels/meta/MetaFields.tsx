import { useLanguage } from '../../../ui/i18n/LanguageProvider'
import { COLUMNS, formatCell, parseCell } from '../../../report/columns'
import type { ColumnKey, Meta } from '../../../report/types'
import panelText from '../panelText.module.css'
import styles from './MetaFields.module.css'

export const NARRATIVE_COLUMNS: readonly ColumnKey[] = ['result', 'contribution']

/** Every non-narrative field of a meta, labelled, numbers shown the Ecuadorian way. */
export function MetaFields({ meta, isEdited }: { meta: Meta; isEdited: (column: ColumnKey) => boolean }) {
  const { language, messages } = useLanguage()
  const t = messages.panels
  return (
    <dl className={styles.fields}>
      {COLUMNS.filter((def) => !NARRATIVE_COLUMNS.includes(def.key)).map((def) => {
        const text = meta.cells[def.key]
        const parsed = parseCell(def, text)
        // Unreadable numbers are shown as written: the findings point them out.
        const shown = parsed.ok ? formatCell(def, parsed.value) : text
        const edited = isEdited(def.key)
        return (
          <div key={def.key} className={styles.field}>
            <dt>
              {def.label[language]}
              {edited && <span className={panelText.editedBadge}>{t.editedMark}</span>}
            </dt>
            <dd className={shown.trim() === '' ? styles.empty : undefined}>{shown.trim() === '' ? t.emptyValue : shown}</dd>
          </div>
        )
      })}
    </dl>
  )
}
