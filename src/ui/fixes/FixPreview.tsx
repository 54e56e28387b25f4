import { columnDef } from '../../report/columns'
import type { FixEdit } from '../../report/fixes/findingFix'
import type { Report } from '../../report/types'
import { DiffText } from '../diff/DiffText'
import { useLanguage } from '../i18n/LanguageProvider'
import styles from './FixPreview.module.css'

/**
 * What a fix will change, cell by cell: before → after as one flow with the changed words marked
 * (long unchanged stretches cut to their ends), an empty side said in words.
 */
export function FixPreview({ edits, report }: { edits: readonly FixEdit[]; report: Report }) {
  const { language, messages } = useLanguage()
  const t = messages.fixes
  return (
    <ul className={styles.edits}>
      {edits.map((edit) => (
        <li key={`${edit.meta}:${edit.column}`} className={styles.edit}>
          <span className={styles.cell}>{t.cellName(report.metas[edit.meta]?.cells.no ?? '', columnDef(edit.column).label[language])}</span>
          <DiffText before={edit.before} after={edit.after} removedLabel={t.removed} addedLabel={t.added} emptyLabel={t.emptyValue} short className={styles.sides} />
        </li>
      ))}
    </ul>
  )
}
