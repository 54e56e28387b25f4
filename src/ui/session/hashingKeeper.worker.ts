/// <reference lib="webworker" />
/** Hashes a download's chunks as they come and joins them at the end (see hashingKeeper.ts). */
import { createSHA256 } from 'hash-wasm'
import { joinChunks } from '../../report/byteKeeper'

declare const self: DedicatedWorkerGlobalScope

export type KeeperRequest = { readonly type: 'chunk'; readonly chunk: Uint8Array } | { readonly type: 'end' }
export type KeeperReply =
  | { readonly type: 'hash'; readonly hash: string }
  | { readonly type: 'bytes'; readonly bytes: Uint8Array }
  | { readonly type: 'error'; readonly message: string }

const hasher = createSHA256()
let chunks: Uint8Array[] = []
// Each message waits for the one before: the hasher is ready after the first.
let done: Promise<unknown> = hasher.then((h) => h.init())

self.onmessage = (event: MessageEvent<KeeperRequest>) => {
  const request = event.data
  done = done.then(async () => {
    const h = await hasher
    if (request.type === 'chunk') {
      h.update(request.chunk)
      chunks.push(request.chunk)
      return
    }
    self.postMessage({ type: 'hash', hash: h.digest('hex') } satisfies KeeperReply)
    const bytes = joinChunks(chunks)
    chunks = []
    self.postMessage({ type: 'bytes', bytes } satisfies KeeperReply, [bytes.buffer])
  })
  done.catch((e: unknown) => self.postMessage({ type: 'error', message: e instanceof Error ? e.message : String(e) } satisfies KeeperReply))
}
