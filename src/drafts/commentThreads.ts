import type { CommentRecord } from './records'

/** A comment and the replies that answer it; resolved when the thread's last word is a resolution. */
export interface CommentThread {
  readonly root: CommentRecord
  readonly replies: readonly CommentRecord[]
  /** The resolution that closed it, or null while it is open (a reply after one opens it again). */
  readonly resolution: CommentRecord | null
}

const keyOf = (c: CommentRecord) => c.uid ?? `id:${c.id}`

/**
 * A meta's comments (in the order the book keeps them: the server's, then this browser's unsynced)
 * as threads, in the order they were opened. A reply whose first comment is unknown opens a thread
 * of its own; a resolution of an unknown thread is dropped.
 */
export function threadsOf(comments: readonly CommentRecord[]): CommentThread[] {
  const threads = new Map<string, { root: CommentRecord; replies: CommentRecord[]; resolution: CommentRecord | null }>()
  for (const c of comments) {
    const about = c.resolves ?? c.thread
    const thread = about === undefined ? undefined : threads.get(about)
    if (c.resolves !== undefined) {
      if (thread) thread.resolution = c
    } else if (thread) {
      thread.replies.push(c)
      thread.resolution = null
    } else threads.set(keyOf(c), { root: c, replies: [], resolution: null })
  }
  return [...threads.values()]
}

/** The thread's key: what a reply's `thread` and a resolution's `resolves` name. */
export function threadKey(thread: CommentThread): string {
  return keyOf(thread.root)
}
