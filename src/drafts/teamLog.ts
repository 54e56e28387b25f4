import type { PushedRecord, TeamRecord } from '../report/team/teamRecord'
import type { DraftsDb } from './draftsDb'
import type { Author, EditRecord, ReviewLogRecord } from './records'
import { materializeTargets, reviewStores } from './reviewStateStores'
import { pushedEdit, pushedReview, receivedEdit, receivedReview } from './wireRecords'

/**
 * A workspace's replication as IndexedDB keeps it, for the replicator (src/sync): what waits to be
 * pushed, the server's acknowledgements, the records pulled and the cursor, each in one transaction.
 */

/** Which logs a write changed, so the session reads only those. */
export interface StoredChange {
  readonly edits: boolean
  readonly reviews: boolean
}

export interface UnsyncedBatch {
  /** At most `limit` records in the order they were made: edits by id, review records by id, merged by time. */
  readonly records: readonly PushedRecord[]
  /** No edit of the account below this id waits: the next scan starts there. */
  readonly editsFrom: number
}

/**
 * The next records of `account` to push. The server stamps every record with the account that
 * pushes it, so another account's records wait here for it; records made without an account (a
 * local copy's drafts, before team mode) go with the account that opens the report. Edits written
 * before schema v5 get their uid here, written before the push, so a push retried after a lost
 * reply carries the same uids and is never stored twice.
 */
export function unsyncedBatch(db: DraftsDb, workspace: string, account: string, editsFrom: number, limit: number): Promise<UnsyncedBatch> {
  const own = (r: { readonly author?: Author }) => r.author === undefined || r.author.id === account
  return db.transaction('rw', [db.edits, db.reviewLog], async () => {
    const edits = await db.edits
      .where('[workspace+id]')
      .between([workspace, editsFrom], [workspace, Infinity], true, true)
      .filter((r) => r.version === undefined && own(r))
      .limit(limit)
      .toArray()
    const named = await Promise.all(edits.map((r) => withUid(db, r)))
    const reviews = await db.reviewLog.where('[workspace+unsynced]').equals([workspace, 1]).filter(own).limit(limit).sortBy('id')
    const records: PushedRecord[] = []
    let e = 0
    let r = 0
    while (records.length < limit && (e < named.length || r < reviews.length)) {
      const edit = named[e]
      const review = reviews[r]
      if (edit && (!review || edit.at <= review.at)) {
        records.push(pushedEdit(edit))
        e++
      } else if (review) {
        records.push(pushedReview(review))
        r++
      }
    }
    return { records, editsFrom: named[0]?.id ?? (await lastEditId(db, workspace)) + 1 }
  })
}

async function withUid(db: DraftsDb, record: EditRecord): Promise<EditRecord & { readonly uid: string }> {
  if (record.uid !== undefined) return { ...record, uid: record.uid }
  const uid = globalThis.crypto.randomUUID()
  await db.edits.update(record.id, { uid })
  return { ...record, uid }
}

async function lastEditId(db: DraftsDb, workspace: string): Promise<number> {
  const last = await db.edits.where('[workspace+id]').between([workspace, 0], [workspace, Infinity]).last()
  return last?.id ?? 0
}

interface Ordered {
  readonly uid: string
  readonly version: number
  readonly author: Author
  readonly serverAt?: number
}

/** Stamps the server's order on records this browser holds; returns the uids it did not hold. */
async function stampKnown(db: DraftsDb, workspace: string, ordered: readonly Ordered[]): Promise<{ change: StoredChange; unknown: Set<string> }> {
  const uids = ordered.map((o) => o.uid)
  const [edits, reviews] = await Promise.all([db.edits.where('uid').anyOf(uids).toArray(), db.reviewLog.where('uid').anyOf(uids).toArray()])
  const byUid = new Map(ordered.map((o) => [o.uid, o]))
  const unknown = new Set(uids)
  for (const r of edits) unknown.delete(r.uid!)
  for (const r of reviews) unknown.delete(r.uid)
  const stamp = (o: Ordered) => ({ version: o.version, author: o.author, ...(o.serverAt === undefined ? {} : { serverAt: o.serverAt }) })
  const newEdits = edits.filter((r) => r.version === undefined)
  // One bulk write per store: a push of hundreds of assignments is acknowledged at once.
  await db.edits.bulkUpdate(newEdits.map((r) => ({ key: r.id, changes: stamp(byUid.get(r.uid!)!) })))
  const newReviews = reviews.filter((r) => r.version === undefined)
  // Setting `unsynced` to undefined deletes it, which takes the record out of the waiting index.
  await db.reviewLog.bulkUpdate(newReviews.map((r) => ({ key: r.id, changes: { ...stamp(byUid.get(r.uid)!), unsynced: undefined } })))
  await materializeTargets(
    db,
    workspace,
    newReviews.map((r) => r.target),
  )
  return { change: { edits: newEdits.length > 0, reviews: newReviews.length > 0 }, unknown }
}

/** The server took this browser's records, in the order `accepted` gives. */
export function acknowledge(db: DraftsDb, workspace: string, accepted: readonly { uid: string; version: number }[], author: Author): Promise<StoredChange> {
  return db.transaction(
    'rw',
    [db.edits, ...reviewStores(db)],
    async () =>
      (
        await stampKnown(
          db,
          workspace,
          accepted.map((a) => ({ ...a, author })),
        )
      ).change,
  )
}

/**
 * Drops this browser's record the server refused for whose turn its meta is, so the rest can be
 * sent: its target falls back to what the log still holds (the server's state). Only review-log
 * records are dropped; null for an edit, which stays waiting (the edit log's stacks are built on it).
 */
export function discardRefused(db: DraftsDb, workspace: string, uid: string): Promise<StoredChange | null> {
  return db.transaction('rw', reviewStores(db), async () => {
    const record = await db.reviewLog.where('uid').equals(uid).first()
    if (!record || record.workspace !== workspace || record.version !== undefined) return null
    await db.reviewLog.delete(record.id)
    await materializeTargets(db, workspace, [record.target])
    return { edits: false, reviews: true }
  })
}

/**
 * Keeps a page of pulled records and moves the cursor past it, in one transaction: records this
 * browser pushed get their version (their reply may have been lost), the others are added.
 */
export function storePulled(db: DraftsDb, workspace: string, records: readonly TeamRecord[]): Promise<StoredChange> {
  return db.transaction('rw', [db.edits, db.syncState, ...reviewStores(db)], async () => {
    const { change, unknown } = await stampKnown(db, workspace, records)
    const fresh = records.filter((r) => unknown.has(r.uid))
    const edits = fresh.filter((r) => r.kind === 'edit').map((r) => receivedEdit(workspace, r))
    const reviews = fresh.filter((r) => r.kind !== 'edit').map((r) => receivedReview(workspace, r))
    await db.edits.bulkAdd(edits as EditRecord[])
    await db.reviewLog.bulkAdd(reviews as ReviewLogRecord[])
    await materializeTargets(
      db,
      workspace,
      reviews.map((r) => r.target),
    )
    const last = records.at(-1)?.version ?? 0
    if (last > (await readCursor(db, workspace))) await db.syncState.put({ workspace, cursor: last })
    return { edits: change.edits || edits.length > 0, reviews: change.reviews || reviews.length > 0 }
  })
}

/** The last server version this browser has pulled for the workspace (0: none yet). */
export async function readCursor(db: DraftsDb, workspace: string): Promise<number> {
  return (await db.syncState.get(workspace))?.cursor ?? 0
}
