import { Link } from 'react-router'
import { useMessages } from '../../ui/i18n/LanguageProvider'
import { useWorkspaces } from '../../ui/session/WorkspacesContext'
import { sourceId } from './useCompareSources'
import styles from './CompareLink.module.css'

/** The report page's way into the comparison: the open report's original against its drafts, to start with. */
export function CompareLink() {
  const t = useMessages().compare
  const { current } = useWorkspaces()
  // Drafts kept in memory only cannot be read by another page.
  if (current === null) return null
  const search = new URLSearchParams({ a: sourceId({ version: 'original', hash: current }), b: sourceId({ version: 'current', hash: current }), mode: 'auto' })
  return (
    <Link className={styles.link} to={`/comparar?${search}`}>
      {t.openCompare}
    </Link>
  )
}
