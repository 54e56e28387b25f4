/// <reference lib="webworker" />
/**
 * Hashes a download's chunks as they come and joins them at the end (see hashingKeeper.ts). Where
 * WebAssembly may not run (a Content-Security-Policy without 'wasm-unsafe-eval'), the chunks are
 * still kept and handed back unhashed, for the page to hash.
 */
import { createSHA256, type IHasher } from 'hash-wasm'
import { joinChunks } from '../../report/byteKeeper'

declare const self: DedicatedWorkerGlobalScope

export type KeeperRequest = { readonly type: 'chunk'; readonly chunk: Uint8Array } | { readonly type: 'end' }
export type KeeperReply =
  | { readonly type: 'hash'; readonly hash: string }
  | { readonly type: 'bytes'; readonly bytes: Uint8Array }
  | { readonly type: 'unhashed'; readonly bytes: Uint8Array }

let chunks: Uint8Array[] = []
// Each chunk is hashed after the one before; null (or a failure): the hasher could not start, and the page hashes.
let hashing: Promise<IHasher | null> = createSHA256().then(
  (hasher) => hasher.init(),
  () => null,
)

const handBack = (type: 'bytes' | 'unhashed') => {
  const bytes = joinChunks(chunks)
  chunks = []
  self.postMessage({ type, bytes } satisfies KeeperReply, [bytes.buffer])
}

self.onmessage = (event: MessageEvent<KeeperRequest>) => {
  const request = event.data
  if (request.type === 'chunk') {
    chunks.push(request.chunk)
    hashing = hashing.then((hasher) => hasher?.update(request.chunk) ?? null)
    return
  }
  void hashing.then(
    (hasher) => {
      if (!hasher) return handBack('unhashed')
      self.postMessage({ type: 'hash', hash: hasher.digest('hex') } satisfies KeeperReply)
      handBack('bytes')
    },
    () => handBack('unhashed'),
  )
}
