/**
 * The page's memory as a heap snapshot counts it: every object's own size, strings kept outside the
 * heap included. Runtime.getHeapUsage leaves those out (a whole file decoded by TextDecoder is one
 * such string), so a change that moves text into the heap would look like a regression there.
 */
import type { CDPSession } from 'playwright-core'

interface Snapshot {
  readonly snapshot: { readonly meta: { readonly node_fields: readonly string[] } }
  readonly nodes: readonly number[]
}

/** MB in a heap snapshot taken after a full collection. */
export async function snapshotMb(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage')
  const chunks: string[] = []
  const collect = (e: { chunk: string }) => chunks.push(e.chunk)
  cdp.on('HeapProfiler.addHeapSnapshotChunk', collect)
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false })
  cdp.off('HeapProfiler.addHeapSnapshotChunk', collect)
  const { snapshot, nodes } = JSON.parse(chunks.join('')) as Snapshot
  const fields = snapshot.meta.node_fields.length
  const selfSize = snapshot.meta.node_fields.indexOf('self_size')
  let bytes = 0
  for (let i = selfSize; i < nodes.length; i += fields) bytes += nodes[i]!
  return bytes / 1024 / 1024
}
