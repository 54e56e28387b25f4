import { useId, useMemo } from 'react'
import { absentColumns } from '../../../report/absentColumns'
import { useLanguage } from '../../../ui/i18n/LanguageProvider'
import { useReportSession } from '../../../ui/session/ReportSession'
import styles from './AbsentColumns.module.css'

/** The report's columns its file lacks, said once for the whole report with what each is for (never as a finding per meta). */
export function AbsentColumns() {
  const { language, messages } = useLanguage()
  const t = messages.panels
  const { original } = useReportSession()
  const absent = useMemo(() => absentColumns(original), [original])
  const id = useId()
  if (absent.length === 0) return null
  return (
    <section className={styles.absent} aria-labelledby={id}>
      <h3 id={id}>{t.absentColumnsTitle}</h3>
      <ul>
        {absent.map((def) => (
          <li key={def.key}>{t.absentColumn(def.label[language], def.need[language], def.required)}</li>
        ))}
      </ul>
      <p>{t.absentColumnsNote}</p>
    </section>
  )
}
