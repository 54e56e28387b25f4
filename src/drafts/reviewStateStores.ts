import type { DraftsDb } from './draftsDb'
import { latestByOrder, targetState, UNIT_TARGET } from './reviewLog'

/**
 * Rewrites the state stores for targets whose log changed. Runs inside a transaction over the review
 * log and the three state stores, so the stores always say what the log's order says.
 */
export async function materializeTargets(db: DraftsDb, workspace: string, targets: Iterable<string>): Promise<void> {
  for (const target of new Set(targets)) {
    // A meta's unit is read from the log itself: no store to rewrite.
    if (target.startsWith(UNIT_TARGET)) continue
    const winner = latestByOrder(await db.reviewLog.where('[workspace+target]').equals([workspace, target]).toArray())
    if (!winner) {
      await clearTarget(db, workspace, target)
      continue
    }
    const state = targetState(winner)
    if (state.kind === 'status') await db.reviews.put(state.row)
    else if (state.kind === 'acknowledged') await db.acknowledgements.put(state.row)
    else if (state.kind === 'withdrawn') await db.acknowledgements.delete([...state.key])
    else if (state.kind === 'comment') {
      const existing = await db.comments.where('uid').equals(winner.uid).first()
      if (existing) await db.comments.update(existing.id, state.row)
      else await db.comments.add(state.row)
    }
  }
}

/** A target whose log is empty again (its only record was dropped) leaves no state behind. */
async function clearTarget(db: DraftsDb, workspace: string, target: string): Promise<void> {
  // Targets read "status:<meta>", "comment:<uid>" and "ack:<meta>:<rule>:<column>" (reviewTarget).
  const [kind = '', first = '', rule = '', column = ''] = target.split(':')
  if (kind === 'status') await db.reviews.delete([workspace, Number(first)])
  else if (kind === 'comment') await db.comments.where('uid').equals(first).delete()
  else if (kind === 'ack') await db.acknowledgements.delete([workspace, Number(first), rule, column])
}

/** The stores a review write touches, for its transaction. */
export function reviewStores(db: DraftsDb) {
  return [db.reviewLog, db.reviews, db.comments, db.acknowledgements]
}
