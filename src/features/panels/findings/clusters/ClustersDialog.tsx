import { useId, useState } from 'react'
import { columnDef } from '../../../../report/columns'
import { CLUSTER_COLUMNS, type ClusterMethod } from '../../../../report/clusters/clusterValues'
import { mergeEdits, type ClusterMerge } from '../../../../report/clusters/mergeClusters'
import type { ColumnKey } from '../../../../report/types'
import { useLanguage } from '../../../../ui/i18n/LanguageProvider'
import { ModalDialog } from '../../../../ui/ModalDialog'
import { useReportSession } from '../../../../ui/session/ReportSession'
import { ClusterList } from './ClusterList'
import { useClusters } from './useClusters'
import styles from './ClustersDialog.module.css'

const METHODS: readonly ClusterMethod[] = ['keyCollision', 'nearestNeighbours']
/** How many letters of difference nearest neighbours may allow. */
const DISTANCES = [1, 2, 3, 4, 5]

/**
 * "Agrupar variantes": the clusters of one column by key collision or nearest neighbours (the
 * distance adjustable), found in a worker; merging one or the selected ones is one undoable step.
 */
export function ClustersDialog({ onClose }: { onClose: () => void }) {
  const { language, messages } = useLanguage()
  const t = messages.fixes
  const session = useReportSession()
  const [column, setColumn] = useState<ColumnKey>('competenceType')
  const [method, setMethod] = useState<ClusterMethod>('keyCollision')
  const [distance, setDistance] = useState(2)
  const [merged, setMerged] = useState<string | null>(null)
  const state = useClusters(session.report.metas, column, method, distance)
  const ids = { column: useId(), distance: useId(), intro: useId() }
  const merge = (merges: readonly ClusterMerge[]) => {
    const edits = mergeEdits(session.report, column, merges)
    if (edits.length > 0) session.commit(edits)
    setMerged(t.merged(merges.length, edits.length))
  }
  return (
    <ModalDialog title={t.clustersTitle} onClose={onClose} wide describedBy={ids.intro}>
      <p id={ids.intro} className={styles.intro}>
        {t.clustersIntro}
      </p>
      <div className={styles.options}>
        <label htmlFor={ids.column}>{t.clustersColumn}</label>
        <select id={ids.column} value={column} onChange={(e) => setColumn(CLUSTER_COLUMNS.find((c) => c === e.target.value) ?? column)}>
          {CLUSTER_COLUMNS.map((key) => (
            <option key={key} value={key}>
              {columnDef(key).label[language]}
            </option>
          ))}
        </select>
        <fieldset className={styles.methods}>
          <legend>{t.clustersMethod}</legend>
          {METHODS.map((m) => (
            <label key={m} className={styles.method}>
              <input type="radio" name="cluster-method" checked={method === m} onChange={() => setMethod(m)} />
              <span>
                <span className={styles.methodName}>{t.methods[m]}</span>
                <span className={styles.methodHelp}>{t.methodHelp[m]}</span>
              </span>
            </label>
          ))}
        </fieldset>
        {method === 'nearestNeighbours' && (
          <>
            <label htmlFor={ids.distance}>{t.clustersDistance}</label>
            <select id={ids.distance} value={distance} onChange={(e) => setDistance(Number(e.target.value))}>
              {DISTANCES.map((d) => (
                <option key={d} value={d}>
                  {d}
                </option>
              ))}
            </select>
          </>
        )}
      </div>
      <p role="status" className={styles.status}>
        {merged && `${merged} `}
        {state.phase === 'searching'
          ? t.clustersSearching
          : state.phase === 'failed'
            ? t.clustersFailed(state.reason)
            : state.clusters.length === 0
              ? t.clustersNone
              : t.clustersFound(state.clusters.length, state.values)}
      </p>
      {state.phase === 'done' && state.clusters.length > 0 && <ClusterList key={`${column}:${method}:${distance}`} clusters={state.clusters} onMerge={merge} />}
    </ModalDialog>
  )
}
