/// <reference lib="webworker" />
/** Clusters a column's distinct values off the main thread (see runClustering.ts). */
import { clusterValues, type Cluster, type ClusteringRequest } from '../../../../report/clusters/clusterValues'
import type { TaskReply } from '../../../../ui/tasks/workerTask'

declare const self: DedicatedWorkerGlobalScope

self.onmessage = (event: MessageEvent<ClusteringRequest>) => {
  const { values, method, maxDistance } = event.data
  const post = (reply: TaskReply<Cluster[]>) => self.postMessage(reply)
  try {
    post({ type: 'done', result: clusterValues(values, method, maxDistance) })
  } catch (e) {
    post({ type: 'error', message: e instanceof Error ? e.message : String(e) })
  }
}
