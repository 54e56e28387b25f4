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
    if (!winner) continue
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

/** The stores a review write touches, for its transaction. */
export function reviewStores(db: DraftsDb) {
  return [db.reviewLog, db.reviews, db.comments, db.acknowledgements]
}
