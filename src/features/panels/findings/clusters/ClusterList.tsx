import { useState } from 'react'
import type { Cluster } from '../../../../report/clusters/clusterValues'
import type { ClusterMerge } from '../../../../report/clusters/mergeClusters'
import { useMessages } from '../../../../ui/i18n/LanguageProvider'
import controls from '../../../../ui/controls.module.css'
import styles from './ClusterList.module.css'

/** Clusters shown at first, and added by each "Mostrar más". */
const PAGE = 30

const keyOf = (cluster: Cluster) => cluster.members.map((m) => m.text).join('\u0000')

/**
 * Each cluster with its members and their counts, and the value they merge into (the most used,
 * editable); merged one at a time or all the selected ones together, each time as one step.
 */
export function ClusterList({ clusters, onMerge }: { clusters: readonly Cluster[]; onMerge: (merges: readonly ClusterMerge[]) => void }) {
  const t = useMessages().fixes
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set())
  const [into, setInto] = useState<ReadonlyMap<string, string>>(new Map())
  const [shown, setShown] = useState(PAGE)
  const mergeOf = (cluster: Cluster): ClusterMerge => ({ members: cluster.members.map((m) => m.text), into: into.get(keyOf(cluster)) ?? cluster.members[0]!.text })
  const chosen = clusters.filter((c) => selected.has(keyOf(c)))
  return (
    <>
      <button type="button" className={controls.primaryButton} disabled={chosen.length === 0} onClick={() => onMerge(chosen.map(mergeOf))}>
        {t.mergeSelected(chosen.length)}
      </button>
      <ol className={styles.clusters}>
        {clusters.slice(0, shown).map((cluster, i) => {
          const key = keyOf(cluster)
          const n = i + 1
          const value = into.get(key) ?? cluster.members[0]!.text
          return (
            <li key={key}>
              <fieldset className={styles.cluster}>
                <legend className={styles.legend}>{t.clusterLabel(n, cluster.metas)}</legend>
                <label className={styles.select}>
                  <input
                    type="checkbox"
                    checked={selected.has(key)}
                    onChange={(e) => {
                      const next = new Set(selected)
                      if (e.target.checked) next.add(key)
                      else next.delete(key)
                      setSelected(next)
                    }}
                  />
                  {t.clusterSelect(n)}
                </label>
                <ul className={styles.members}>
                  {cluster.members.map((m) => (
                    <li key={m.text}>{t.spellingOption(m.text, m.count)}</li>
                  ))}
                </ul>
                <label className={styles.into}>
                  {t.clusterInto(n)}
                  <input type="text" value={value} onChange={(e) => setInto(new Map(into).set(key, e.target.value))} />
                </label>
                <button type="button" disabled={value.trim() === ''} onClick={() => onMerge([mergeOf(cluster)])}>
                  {t.clusterMerge}
                </button>
              </fieldset>
            </li>
          )
        })}
      </ol>
      {clusters.length > shown && (
        <button type="button" onClick={() => setShown(shown + PAGE)}>
          {t.clustersMore(Math.min(PAGE, clusters.length - shown))}
        </button>
      )}
    </>
  )
}
