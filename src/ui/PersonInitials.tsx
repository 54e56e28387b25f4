import type { Messages } from './i18n/catalog'
import { useMessages } from './i18n/LanguageProvider'
import type { Person } from './session/PresenceContext'
import { useReportSession } from './session/ReportSession'
import styles from './PersonInitials.module.css'

/** "Ana Pérez está en la meta 12" (the meta's number as the report shows it), or that they have the report open. */
export function personText(person: Person, metaNo: string | undefined, t: Messages['workspace']): string {
  return person.meta === null ? t.personInReport(person.name) : t.personOnMeta(person.name, metaNo?.trim() || String(person.meta + 1))
}

/** Someone else with the shared report open, as their initials; who they are and where is its accessible name and tooltip. */
export function PersonInitials({ person }: { person: Person }) {
  const t = useMessages().workspace
  const { report } = useReportSession()
  const text = personText(person, person.meta === null ? undefined : report.metas[person.meta]?.cells.no, t)
  return (
    <span role="img" aria-label={text} title={text} className={styles.initials}>
      {person.initials}
    </span>
  )
}
