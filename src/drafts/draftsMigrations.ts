import type { Transaction } from 'dexie'
import type { AcknowledgementRecord, CommentRecord, NewReviewLogRecord, OriginalRecord, ReviewRecord, WorkspaceRecord } from './records'
import { originalRecord } from './originalBytes'
import { acknowledgementRecord, commentLogRecord, statusRecord } from './reviewLog'

/** Moves each workspace's bytes out of its record, one workspace at a time (each may be 100+ MB). */
export async function moveOriginalsOut(tx: Transaction): Promise<void> {
  const workspaces = tx.table<WorkspaceRecord & { bytes?: Uint8Array }, string>('workspaces')
  const originals = tx.table<OriginalRecord, string>('originals')
  for (const hash of await workspaces.toCollection().primaryKeys()) {
    const record = await workspaces.get(hash)
    if (!record?.bytes) continue
    const { bytes, ...small } = record
    await originals.put(originalRecord(hash, bytes))
    await workspaces.put(small)
  }
}

/**
 * Version 5 logs review changes: each stored status, comment and acknowledgement becomes the first
 * record of its target's review log (unsynced, in the order it was made), and each comment row
 * learns its record's uid. The state stores keep their rows, so nothing shown changes.
 */
export async function logReviewState(tx: Transaction): Promise<void> {
  const newUid = () => globalThis.crypto.randomUUID()
  const records: NewReviewLogRecord[] = []
  for (const review of await tx.table<ReviewRecord>('reviews').toArray()) records.push(statusRecord(review, newUid()))
  for (const ack of await tx.table<AcknowledgementRecord>('acknowledgements').toArray()) records.push(acknowledgementRecord(ack, newUid()))
  const comments = tx.table<CommentRecord, number>('comments')
  for (const comment of await comments.toArray()) {
    const uid = newUid()
    await comments.update(comment.id, { uid })
    records.push(commentLogRecord(comment, uid))
  }
  records.sort((a, b) => a.at - b.at)
  await tx.table<NewReviewLogRecord>('reviewLog').bulkAdd(records)
}
