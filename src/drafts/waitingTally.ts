import type { Author } from './records'

/** Changes in this browser that another account made: they wait for it to sign in here. */
export interface OthersWaiting {
  readonly author: Author
  readonly waiting: number
}

/**
 * Changes the server has not acknowledged, per account that made them, counted as a user counts
 * them (one per cell, status or finding; each comment). Only the account that made a change sends
 * it; a change made without an account (a local copy's drafts, before team mode) is the owner's.
 */
export class WaitingTally {
  private readonly accounts = new Map<string, { readonly author: Author; readonly keys: Set<string> }>()

  constructor(private readonly owner: Author) {}

  /** One change by `author` of what `key` names (a cell, a review target). */
  add(author: Author | undefined, key: string): void {
    const by = author ?? this.owner
    const entry = this.accounts.get(by.id) ?? { author: by, keys: new Set<string>() }
    this.accounts.set(by.id, entry)
    entry.keys.add(key)
  }

  /** How many of the owner's changes wait. */
  get own(): number {
    return this.accounts.get(this.owner.id)?.keys.size ?? 0
  }

  /** What waits for everyone else, in the order they first appeared. */
  others(): OthersWaiting[] {
    return [...this.accounts.values()].filter((entry) => entry.author.id !== this.owner.id).map((entry) => ({ author: entry.author, waiting: entry.keys.size }))
  }
}
