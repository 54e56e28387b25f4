import type { ReactNode } from 'react'
import { wordDiff } from './wordDiff'
import styles from './DiffText.module.css'

/** Unchanged stretches longer than this are cut to their ends in a short comparison. */
const LONG_SAME = 160
const KEPT_SAME = 60

/** An unchanged stretch cut to the words next to the changes: '…' stands for the rest. */
function shortened(text: string, first: boolean, last: boolean): string {
  if (text.length <= LONG_SAME) return text
  const head = first ? '' : text.slice(0, KEPT_SAME)
  const tail = last ? '' : text.slice(-KEPT_SAME)
  return `${head}…${tail}`
}

/** A removed or added stretch, named for assistive technology ("[quitado: …]"). */
function Change({ kind, label, children }: { kind: 'removed' | 'added'; label: string; children: ReactNode }) {
  const named = (
    <>
      <span className="visually-hidden">[{label}: </span>
      {children}
      <span className="visually-hidden">]</span>
    </>
  )
  return kind === 'removed' ? <del>{named}</del> : <ins>{named}</ins>
}

/**
 * Two versions of a text as one flow: removed words struck through, added words marked. `short`
 * cuts long unchanged stretches to the words beside a change; with `emptyLabel`, an empty side is
 * named in words (before → after).
 */
export function DiffText({
  before,
  after,
  removedLabel,
  addedLabel,
  short = false,
  emptyLabel,
  className,
}: {
  before: string
  after: string
  removedLabel: string
  addedLabel: string
  short?: boolean
  emptyLabel?: string
  className?: string
}) {
  const classes = className ? `${styles.diff} ${className}` : styles.diff
  if (emptyLabel !== undefined && (before === '' || after === '')) {
    return (
      <p className={classes}>
        <Change kind="removed" label={removedLabel}>
          {before === '' ? emptyLabel : before}
        </Change>
        <span aria-hidden="true"> → </span>
        <Change kind="added" label={addedLabel}>
          {after === '' ? emptyLabel : after}
        </Change>
      </p>
    )
  }
  const parts = wordDiff(before, after)
  return (
    <p className={classes}>
      {parts.map((part, i) =>
        part.kind === 'same' ? (
          <span key={i}>{short ? shortened(part.text, i === 0, i === parts.length - 1) : part.text}</span>
        ) : (
          <Change key={i} kind={part.kind} label={part.kind === 'removed' ? removedLabel : addedLabel}>
            {part.text}
          </Change>
        ),
      )}
    </p>
  )
}
