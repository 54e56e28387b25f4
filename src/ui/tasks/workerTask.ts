/**
 * One request to a dedicated worker and its answer, with progress on the way. Heavy exports and
 * imports run this way so the page keeps scrolling and typing while they work.
 */

/** Work done so far: a count out of a total, or a phase whose length is unknown (total 0). */
export interface TaskProgress {
  readonly done: number
  readonly total: number
}

export type TaskReply<R> =
  | { readonly type: 'progress'; readonly progress: TaskProgress }
  | { readonly type: 'done'; readonly result: R }
  | { readonly type: 'error'; readonly message: string }

export class TaskCancelled extends Error {
  constructor() {
    super('cancelled')
    this.name = 'TaskCancelled'
  }
}

export function runWorkerTask<R>(worker: Worker, request: unknown, onProgress: (progress: TaskProgress) => void, signal?: AbortSignal, transfer: Transferable[] = []): Promise<R> {
  return new Promise<R>((resolve, reject) => {
    const finish = () => {
      worker.terminate()
      signal?.removeEventListener('abort', abort)
    }
    const abort = () => {
      finish()
      reject(new TaskCancelled())
    }
    if (signal?.aborted) return abort()
    signal?.addEventListener('abort', abort)
    worker.onmessage = (event: MessageEvent<TaskReply<R>>) => {
      const reply = event.data
      if (reply.type === 'progress') onProgress(reply.progress)
      else if (reply.type === 'done') {
        finish()
        resolve(reply.result)
      } else {
        finish()
        reject(new Error(reply.message))
      }
    }
    worker.onerror = (event) => {
      finish()
      reject(new Error(event.message || 'worker failed'))
    }
    worker.postMessage(request, transfer)
  })
}

/** Lets a long loop on the main thread (the fallback when workers are unavailable, reading a download) give the page a turn. */
export function nextTurn(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0))
}
