import { useCallback, useEffect, useRef, useState } from 'react'
import { TaskCancelled, type TaskProgress } from './workerTask'

export type TaskState =
  | { readonly phase: 'idle' }
  | { readonly phase: 'running'; readonly progress: TaskProgress | null }
  | { readonly phase: 'done'; readonly message: string }
  | { readonly phase: 'failed'; readonly message: string }

/**
 * Runs one long task at a time with progress, cancellation and a final message. Progress updates
 * are throttled to animation frames so a fast worker does not flood React with renders.
 */
export function useTaskProgress() {
  const [state, setState] = useState<TaskState>({ phase: 'idle' })
  const controller = useRef<AbortController | null>(null)
  const pending = useRef<TaskProgress | null>(null)
  const frame = useRef(0)

  useEffect(() => () => controller.current?.abort(), [])

  const onProgress = useCallback((progress: TaskProgress) => {
    pending.current = progress
    if (frame.current) return
    frame.current = requestAnimationFrame(() => {
      frame.current = 0
      setState((s) => (s.phase === 'running' ? { phase: 'running', progress: pending.current } : s))
    })
  }, [])

  const run = useCallback(
    async <R>(task: (onProgress: (p: TaskProgress) => void, signal: AbortSignal) => Promise<R>, done: (result: R) => string | null, failed: (reason: string) => string) => {
      controller.current?.abort()
      const own = new AbortController()
      controller.current = own
      setState({ phase: 'running', progress: null })
      // A task replaced by a newer one (or cancelled) must not overwrite the newer one's state.
      const current = () => controller.current === own && !own.signal.aborted
      try {
        const result = await task(onProgress, own.signal)
        if (!current()) return
        const message = done(result)
        setState(message === null ? { phase: 'idle' } : { phase: 'done', message })
      } catch (e) {
        if (controller.current !== own) return
        if (e instanceof TaskCancelled || own.signal.aborted) setState({ phase: 'idle' })
        else setState({ phase: 'failed', message: failed(e instanceof Error ? e.message : String(e)) })
      } finally {
        if (controller.current === own) controller.current = null
      }
    },
    [onProgress],
  )

  const cancel = useCallback(() => controller.current?.abort(), [])
  const reset = useCallback(() => setState({ phase: 'idle' }), [])
  return { state, run, cancel, reset, fail: (message: string) => setState({ phase: 'failed', message }) }
}
