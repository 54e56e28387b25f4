/**
 * Whose turn each meta of a report is, as the server reads it from the log: the latest assign and
 * review record per meta, folded into a TurnState, kept per report and instance with the
 * turn_version it reflects. Another instance's pushes move turn_version; a push statement finds that
 * out under the report's lock (recordLog.ts) and the state is read forward from there.
 */
import type { TeamRecordKind } from '../../report/team/teamRecord'
import { EMPTY_TURN, foldTurn, type TurnState } from '../../report/team/turnState'
import type { Queryable } from '../db/database'

export interface Turn {
  readonly state: TurnState
  /** reports.turn_version when the state was read: the version of the latest assign or review record. */
  readonly version: number
}

interface TurnRow {
  turn_version: number
  kind: TeamRecordKind | null
  meta: number | null
  data: Record<string, string> | null
}

// The latest assign and the latest review of each meta, with the counter they reflect, in one
// statement (one snapshot). Folding them (assign and review are independent) gives the whole turn.
const WHOLE_TURN = `
select t.turn_version, r.kind, r.meta, r.data
from (select turn_version from reports where id = $1) t
left join lateral (
  select distinct on (kind, meta) kind, meta, data from records
  where report = $1 and kind in ('assign', 'review') order by kind, meta, version desc) r on true`

// What changed the turn after `$2`, in log order.
const TURN_SINCE = `
select t.turn_version, r.kind, r.meta, r.data
from (select turn_version from reports where id = $1) t
left join lateral (
  select kind, meta, data, version from records
  where report = $1 and kind in ('assign', 'review') and version > $2 order by version) r on true
order by r.version`

function folded(rows: readonly TurnRow[], from: TurnState): Turn | null {
  if (rows.length === 0) return null
  const records = rows.flatMap((row) => (row.kind !== null && row.meta !== null && row.data !== null ? [{ kind: row.kind, meta: row.meta, data: row.data }] : []))
  return { state: foldTurn(records, from), version: rows[0]!.turn_version }
}

/** The report's turn read from the log (forward from `known` when given); null when there is no such report. */
export async function readTurn(db: Queryable, report: string, known?: Turn): Promise<Turn | null> {
  if (!known) return folded(await db.query<TurnRow>(WHOLE_TURN, [report]), EMPTY_TURN)
  const since = await db.query<TurnRow>(TURN_SINCE, [report, known.version])
  // A counter behind what this instance knew: the report was removed and shared again.
  if (since.length > 0 && since[0]!.turn_version < known.version) return readTurn(db, report)
  return folded(since, known.state)
}

/**
 * Of these uids, the ones the report's log holds already (a retried push's), and the report's
 * turn_version now (null: no such report), in one snapshot.
 */
export async function storedUids(db: Queryable, report: string, uids: readonly string[]): Promise<{ stored: ReadonlySet<string>; turnVersion: number | null }> {
  const [row] = await db.query<{ turn_version: number | null; stored: string[] }>(
    `select (select turn_version from reports where id = $1) as turn_version,
       array(select uid::text from records where report = $1 and uid in (select value::uuid from jsonb_array_elements_text($2::jsonb))) as stored`,
    [report, JSON.stringify(uids)],
  )
  return { stored: new Set(row!.stored), turnVersion: row!.turn_version }
}

export async function unitIds(db: Queryable): Promise<ReadonlySet<string>> {
  return new Set((await db.query<{ id: string }>('select id::text as id from units')).map((row) => row.id))
}

const turnsByDb = new WeakMap<Queryable, Map<string, Turn>>()

/** This instance's turn of each report, read when first needed and kept up to date by the pushes. */
export function turnCache(db: Queryable): Map<string, Turn> {
  let cache = turnsByDb.get(db)
  if (!cache) turnsByDb.set(db, (cache = new Map()))
  return cache
}
