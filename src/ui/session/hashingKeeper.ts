import { contentHash } from '../../drafts/workspaces'
import { memoryKeeper, type ByteKeeper } from '../../report/byteKeeper'
import type { KeeperReply, KeeperRequest } from './hashingKeeper.worker'

/** A keeper that also names the bytes: their contentHash. */
export interface HashingKeeper extends ByteKeeper {
  /** The bytes' hash, once every chunk was kept (asking for it says so). */
  hash(): Promise<string>
}

interface Pending<T> {
  readonly promise: Promise<T>
  resolve(value: T): void
  reject(error: Error): void
}

function pending<T>(): Pending<T> {
  let resolve!: (value: T) => void
  let reject!: (error: Error) => void
  const promise = new Promise<T>((yes, no) => {
    resolve = yes
    reject = no
  })
  return { promise, resolve, reject }
}

/**
 * Moves each chunk of a download to a worker that hashes it as it comes and joins the chunks once
 * all are in: at 100,000 metas, joining the 73 MB on the page and hashing them there took over half
 * a second after the last byte (bench grid, "file received → first rows"). The hash comes back first,
 * as the report opens under it; the bytes after, to be kept as the workspace's original. Where
 * workers do not exist (jsdom), the bytes are kept and hashed here; where WebAssembly may not run in
 * the worker (a Content-Security-Policy without 'wasm-unsafe-eval'), the worker hands them back
 * unhashed and they are hashed here.
 */
export function hashingKeeper(): HashingKeeper {
  if (typeof Worker === 'undefined') {
    const memory = memoryKeeper()
    return { ...memory, hash: async () => contentHash(await memory.bytes()) }
  }
  const worker = new Worker(new URL('./hashingKeeper.worker.ts', import.meta.url), { type: 'module' })
  const hash = pending<string>()
  const bytes = pending<Uint8Array>()
  // Asked for only once the report is open, if ever (the embedded report in memory): a failure then is no unhandled one.
  bytes.promise.catch(() => undefined)
  const post = (request: KeeperRequest, transfer: Transferable[] = []) => worker.postMessage(request, transfer)
  worker.onmessage = (event: MessageEvent<KeeperReply>) => {
    const reply = event.data
    if (reply.type === 'hash') return hash.resolve(reply.hash)
    worker.terminate()
    bytes.resolve(reply.bytes)
    // WebAssembly could not run there: the page hashes the bytes itself.
    if (reply.type === 'unhashed') contentHash(reply.bytes).then(hash.resolve, hash.reject)
  }
  worker.onerror = (event) => {
    worker.terminate()
    const error = new Error(event.message || 'worker failed')
    hash.reject(error)
    bytes.reject(error)
  }
  let ended = false
  const end = () => {
    if (ended) return
    ended = true
    post({ type: 'end' })
  }
  return {
    keep: (chunk) => {
      // Moved when the chunk is its buffer's whole (as a download's chunks are), else copied.
      const whole = chunk.byteOffset === 0 && chunk.byteLength === chunk.buffer.byteLength && chunk.buffer instanceof ArrayBuffer
      post({ type: 'chunk', chunk }, whole ? [chunk.buffer] : [])
    },
    bytes: () => {
      end()
      return bytes.promise
    },
    hash: () => {
      end()
      return hash.promise
    },
  }
}
