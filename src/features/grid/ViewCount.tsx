import { useMessages } from '../../ui/i18n/LanguageProvider'
import { useGridView } from '../../ui/view/useView'
import styles from './ViewCount.module.css'

/** "N de M metas" for the status bar. */
export function ViewCount() {
  const t = useMessages().grid
  const view = useGridView()
  return <span className={styles.count}>{t.viewCount(view.metas.length, view.total)}</span>
}
