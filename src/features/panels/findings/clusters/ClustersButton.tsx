import { lazy, Suspense, useState } from 'react'
import { useMessages } from '../../../../ui/i18n/LanguageProvider'
import { useReportSession } from '../../../../ui/session/ReportSession'
import styles from './ClustersButton.module.css'

// The dialog and its clustering load when first opened.
const ClustersDialog = lazy(() => import('./ClustersDialog').then((m) => ({ default: m.ClustersDialog })))

/** "Agrupar variantes…": opens the clusters dialog; not offered to someone who may not edit. */
export function ClustersButton() {
  const t = useMessages().fixes
  const { canEdit } = useReportSession().access
  const [open, setOpen] = useState(false)
  if (!canEdit) return null
  return (
    <>
      <p className={styles.open}>
        <button type="button" aria-haspopup="dialog" onClick={() => setOpen(true)}>
          {t.clustersButton}
        </button>
      </p>
      {open && (
        <Suspense fallback={null}>
          <ClustersDialog onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  )
}
