import type { TaskState } from './useTaskProgress'
import type { TaskProgress } from './workerTask'
import shared from './taskMessage.module.css'
import styles from './ProgressReport.module.css'

/** A progress bar with its words under it, and the task's final message in a live region. */
export function ProgressReport({
  state,
  label,
  describe,
  messageId,
}: {
  state: TaskState
  label: string
  describe: (progress: TaskProgress | null) => string
  /** Id of the final message, for a control that refers to it (aria-describedby). */
  messageId?: string
}) {
  if (state.phase === 'idle') return <p role="status" className="visually-hidden" />
  if (state.phase === 'done')
    return (
      <p id={messageId} role="status" className={shared.messageOk}>
        {state.message}
      </p>
    )
  if (state.phase === 'failed')
    return (
      <p id={messageId} role="alert" className={shared.messageError}>
        {state.message}
      </p>
    )
  const p = state.progress
  const known = p !== null && p.total > 0
  return (
    <div className={styles.progress}>
      {known ? <progress aria-label={label} max={p.total} value={p.done} /> : <progress aria-label={label} />}
      <span role="status">{describe(p)}</span>
    </div>
  )
}
