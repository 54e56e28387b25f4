import type { Author, CommentAbout, ReviewStatus } from './records'
import type { ReviewOp } from './reviewOps'

const newId = (): string => globalThis.crypto.randomUUID()

/** A meta given to a unit (unit id; '' takes it away from any unit). */
export interface Assignment {
  readonly meta: number
  readonly unit: string
}

/**
 * The review changes a person's actions make in one workspace, as its session queues them: each
 * with its uid from the start and, in team mode, the account, whose name stands for the typed one.
 * A change that changes nothing (an empty comment, a meta given to the unit it has) makes no op.
 */
export class ReviewChanges {
  constructor(
    private readonly workspace: string,
    private readonly account: Author | null,
  ) {}

  /** `reason`: why the meta is returned, kept only when it says something. */
  status(meta: number, status: ReviewStatus, author: string, reason?: string): ReviewOp[] {
    const record = { workspace: this.workspace, meta, status, author: this.by(author), at: Date.now() }
    const said = reason?.trim() ?? ''
    return this.stamped({ kind: 'status', record: said === '' ? record : { ...record, reason: said } })
  }

  /** A comment; in team mode it may mention accounts and answer a thread. */
  comment(meta: number, text: string, author: string, about: CommentAbout): ReviewOp[] {
    const trimmed = text.trim()
    if (!trimmed) return []
    const record = { workspace: this.workspace, meta, author: this.by(author), text: trimmed, at: Date.now() }
    const mentions = about.mentions && about.mentions.length > 0 ? { mentions: about.mentions } : {}
    return this.stamped({ kind: 'comment', record: { ...record, ...mentions, ...(about.thread === undefined ? {} : { thread: about.thread }) } })
  }

  /** Closes the thread opened by the comment `thread` (a later reply opens it again). */
  resolution(meta: number, thread: string): ReviewOp[] {
    return this.stamped({ kind: 'comment', record: { workspace: this.workspace, meta, author: this.by(''), text: '', at: Date.now(), resolves: thread } })
  }

  acknowledgement(meta: number, rule: string, column: string, reason: string, author: string): ReviewOp[] {
    const record = { workspace: this.workspace, meta, rule, column, reason: reason.trim(), author: this.by(author), at: Date.now() }
    return this.stamped({ kind: 'acknowledge', record })
  }

  withdrawal(meta: number, rule: string, column: string): ReviewOp[] {
    return this.stamped({ kind: 'withdraw', workspace: this.workspace, meta, rule, column, by: this.by(''), at: Date.now() })
  }

  /** One 'assign' op per meta whose unit changes from the one `units` gives it. */
  assignments(units: ReadonlyMap<number, string>, assignments: readonly Assignment[]): ReviewOp[] {
    const at = Date.now()
    const by = this.by('')
    const ops = assignments
      .filter((a) => (units.get(a.meta) ?? '') !== a.unit)
      .map((a): ReviewOp => ({ kind: 'assign', workspace: this.workspace, meta: a.meta, unit: a.unit, by, at }))
    return this.stamped(...ops)
  }

  private by(author: string): string {
    return this.account?.name ?? author
  }

  private stamped(...ops: readonly ReviewOp[]): ReviewOp[] {
    return ops.map((op): ReviewOp => ({ ...op, uid: newId(), ...(this.account ? { account: this.account } : {}) }))
  }
}
