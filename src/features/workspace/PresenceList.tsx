import { useMessages } from '../../ui/i18n/LanguageProvider'
import { PersonInitials } from '../../ui/PersonInitials'
import { usePresence } from '../../ui/session/PresenceContext'
import styles from './PresenceList.module.css'

/**
 * Who else has the shared report open, as initials for the header (each named, with the meta they
 * are on, in its tooltip and for screen readers). Nothing when nobody is, or in local mode.
 */
export function PresenceList() {
  const t = useMessages().workspace
  const { people } = usePresence()
  if (people.length === 0) return null
  return (
    <ul className={styles.list} aria-label={t.presenceLabel}>
      {people.map((person) => (
        <li key={person.accountId}>
          <PersonInitials person={person} />
        </li>
      ))}
    </ul>
  )
}
