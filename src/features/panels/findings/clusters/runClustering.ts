/** Starts a clustering: in a worker in the browser, in place where workers do not exist (jsdom). */
import { clusterValues, type Cluster, type ClusteringRequest } from '../../../../report/clusters/clusterValues'
import { runWorkerTask } from '../../../../ui/tasks/workerTask'

export async function runClustering(request: ClusteringRequest, signal: AbortSignal): Promise<Cluster[]> {
  if (typeof Worker === 'undefined') return clusterValues(request.values, request.method, request.maxDistance)
  const worker = new Worker(new URL('./clusters.worker.ts', import.meta.url), { type: 'module' })
  return runWorkerTask<Cluster[]>(worker, request, () => undefined, signal)
}
