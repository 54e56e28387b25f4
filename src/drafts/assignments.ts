import type { ReviewLogRecord } from './records'
import { latestByOrder } from './reviewLog'

type AssignRecord = Pick<ReviewLogRecord, 'id' | 'version' | 'meta' | 'data'>

/**
 * The unit each meta is assigned to, folded from its 'assign' records as a status is: the record
 * the server ordered last decides, unless this browser has a later one it has not pushed yet.
 * A meta whose deciding record names no unit ('') is no unit's and is left out.
 */
export function foldAssignments(records: readonly AssignRecord[]): Map<number, string> {
  const byMeta = new Map<number, AssignRecord[]>()
  for (const r of records) {
    const list = byMeta.get(r.meta)
    if (list) list.push(r)
    else byMeta.set(r.meta, [r])
  }
  const units = new Map<number, string>()
  for (const [meta, list] of byMeta) {
    const unit = latestByOrder(list)?.data['unit'] ?? ''
    if (unit !== '') units.set(meta, unit)
  }
  return units
}
