import { useCallback, useEffect, useMemo, useState, useSyncExternalStore, type ReactNode } from 'react'
import * as book from '../../drafts/reviewBook'
import type { WorkspaceSession } from '../../drafts/workspaceSession'
import type { ColumnKey } from '../../report/types'
import { useAuthorName } from './authorName'
import { ReportSessionContext, type Assignments, type ReportSession } from './ReportSession'
import { FULL_ACCESS, type SessionAccess } from './sessionAccess'
import { downloadUnsavedDrafts } from './unsavedDownload'
import { useUndoShortcuts } from './useUndoShortcuts'
import { useRecomputeOn } from '../useRecomputeOn'

const NO_COMMENTS: readonly never[] = []
const ignoreAuthor = () => undefined

interface Props {
  readonly session: WorkspaceSession
  /** What the user may change: everything unless a team account's role says otherwise. */
  readonly access?: SessionAccess
  readonly children: ReactNode
}

/** Gives the screens a WorkspaceSession as the ReportSession they use, re-rendering on every change. */
export function SessionBridge({ session, access = FULL_ACCESS, children }: Props) {
  const snapshot = useSyncExternalStore(session.subscribe, session.getSnapshot)
  const [undoAsksFirst, setUndoAsksFirst] = useState(false)
  const [typedAuthor, setTypedAuthor] = useAuthorName()
  // In team mode every record carries the account: its name is the author, and nobody types one.
  const author = session.account?.name ?? typedAuthor
  const setAuthor = session.account ? ignoreAuthor : setTypedAuthor
  const { original } = session
  const { report, reviews } = snapshot
  const isEdited = useCallback((meta: number, column: ColumnKey) => report.metas[meta]?.cells[column] !== original.metas[meta]?.cells[column], [report, original])
  // The session's change list is new whenever the report is (every edit, undo and revert makes one).
  const changes = useRecomputeOn([session, report], () => session.changes())
  const team = session.account !== null
  const units = reviews.units
  const assignments = useMemo<Assignments | null>(
    () => (team ? { units, unitOf: (meta) => units.get(meta) ?? null, assign: (list) => session.assign(list) } : null),
    [team, units, session],
  )
  // A new read whenever the review state changes, so a screen showing the log reads it again.
  const reviewLog = useRecomputeOn([session, reviews], () => () => session.reviewLog())
  const reviewProgress = useMemo(() => book.reviewProgress(reviews, original.metas.length), [reviews, original])
  const value = useMemo<ReportSession>(
    () => ({
      original,
      report,
      isEdited,
      commit: (edits) => session.commit(edits),
      canUndo: snapshot.canUndo,
      canRedo: snapshot.canRedo,
      undo: () => (session.undoNeedsConfirmation() ? setUndoAsksFirst(true) : session.undo()),
      undoAsksFirst,
      confirmUndo: () => {
        setUndoAsksFirst(false)
        session.undo()
      },
      cancelUndo: () => setUndoAsksFirst(false),
      redo: () => session.redo(),
      revert: (cells) => session.revert(cells),
      changes,
      history: () => session.history(),
      reviewLog,
      reviewStatus: (meta) => book.statusOf(reviews, meta),
      reviewRecord: (meta) => reviews.statuses.get(meta),
      setReviewStatus: (meta, status, reason) => session.setReviewStatus(meta, status, author, reason),
      comments: (meta) => reviews.comments.get(meta) ?? NO_COMMENTS,
      addComment: (meta, text, about) => session.addComment(meta, text, author, about),
      resolveThread: (meta, thread) => session.resolveThread(meta, thread),
      reviews,
      reviewProgress,
      author,
      setAuthor,
      acknowledgement: (meta, rule, column) => reviews.acknowledgements.get(book.acknowledgementKey(meta, rule, column ?? '')),
      acknowledgeFinding: (meta, rule, column, reason) => session.acknowledgeFinding(meta, rule, column ?? '', reason, author),
      withdrawAcknowledgement: (meta, rule, column) => session.withdrawAcknowledgement(meta, rule, column ?? ''),
      save: snapshot.save,
      persistent: session.persistent,
      retrySave: () => session.retry(),
      downloadUnsaved: () => downloadUnsavedDrafts(session),
      conflicts: snapshot.conflicts,
      dismissConflict: (id) => session.dismissConflict(id),
      access,
      assignments,
    }),
    [session, snapshot, original, report, reviews, isEdited, changes, reviewLog, reviewProgress, author, setAuthor, access, undoAsksFirst, assignments],
  )
  useUndoShortcuts(value.undo, value.redo)
  useEffect(() => session.shown(), [session])
  return <ReportSessionContext.Provider value={value}>{children}</ReportSessionContext.Provider>
}
