import { useEffect, useState } from 'react'
import { distinctValues, type Cluster, type ClusterMethod } from '../../../../report/clusters/clusterValues'
import type { ColumnKey, Meta } from '../../../../report/types'
import { TaskCancelled } from '../../../../ui/tasks/workerTask'
import { runClustering } from './runClustering'

export type ClustersState =
  | { readonly phase: 'searching' }
  | { readonly phase: 'done'; readonly clusters: readonly Cluster[]; readonly values: number }
  | { readonly phase: 'failed'; readonly reason: string }

/** The clusters of a column of the current metas, found again (in a worker) whenever the metas or the method change. */
export function useClusters(metas: readonly Meta[], column: ColumnKey, method: ClusterMethod, maxDistance: number): ClustersState {
  const [state, setState] = useState<ClustersState>({ phase: 'searching' })
  useEffect(() => {
    const controller = new AbortController()
    setState({ phase: 'searching' })
    const values = distinctValues(metas, column)
    runClustering({ values, method, maxDistance }, controller.signal).then(
      (clusters) => controller.signal.aborted || setState({ phase: 'done', clusters, values: values.length }),
      (e: unknown) => controller.signal.aborted || e instanceof TaskCancelled || setState({ phase: 'failed', reason: e instanceof Error ? e.message : String(e) }),
    )
    return () => controller.abort()
  }, [metas, column, method, maxDistance])
  return state
}
