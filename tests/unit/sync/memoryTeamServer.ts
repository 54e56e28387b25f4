import type { Author } from '../../../src/drafts/records'
import type { TeamRecord } from '../../../src/report/team/teamRecord'
import { validatePushedRecords } from '../../../src/report/team/validateRecords'
import type { Report } from '../../../src/report/types'
import type { EventHandlers, RecordsApi, Result, TeamError } from '../../../src/sync/teamApi'

const PAGE = 5000

/**
 * The team contract's records routes in memory, for the replicator's tests until the server lands:
 * gapless versions, idempotent pushes by uid, the whole batch refused when a record is bad (the
 * domain's own validation), pages from a cursor, a `records` event per push. Faults on demand: down,
 * a lost reply (stored, then the answer never arrives), an expired session.
 */
export class MemoryTeamServer {
  readonly log: TeamRecord[] = []
  private readonly byUid = new Map<string, TeamRecord>()
  private readonly streams = new Set<EventHandlers>()
  /** Every request fails as if the server were unreachable; nothing is stored. */
  down = false
  /** The next push is stored but its reply is lost. */
  loseNextReply = false
  readonly expired = new Set<string>()
  pushRequests = 0

  constructor(
    private readonly report: Report,
    private readonly reportId: string,
  ) {}

  clientFor(account: Author): RecordsApi {
    const answer = async <T>(run: () => Result<T>): Promise<Result<T>> => {
      // A request takes a turn of the event loop, as over a network.
      await new Promise((resolve) => setTimeout(resolve, 1))
      if (this.down) return failure('offline', null, 'offline')
      if (this.expired.has(account.id)) return failure('signedOut', 401, 'signedOut')
      return run()
    }
    return {
      pullRecords: (report, after) =>
        answer(() => {
          if (report !== this.reportId) return failure('refused', 404, 'notFound')
          return { ok: true, value: { records: this.log.slice(after, after + PAGE), version: this.log.length } }
        }),
      pushRecords: async (report, records) => {
        this.pushRequests++
        const result = await answer(() => this.push(report, records, account))
        if (result.ok && this.loseNextReply) {
          this.loseNextReply = false
          return failure('offline', null, 'offline')
        }
        return result
      },
      openEvents: (_report, handlers) => {
        this.streams.add(handlers)
        setTimeout(() => handlers.open?.(), 1)
        return { close: () => this.streams.delete(handlers) }
      },
    }
  }

  private push(report: string, body: unknown, author: Author) {
    if (report !== this.reportId) return failure('refused', 404, 'notFound')
    const valid = validatePushedRecords(this.report, { records: body })
    if ('error' in valid) return { ok: false as const, error: { kind: 'refused' as const, status: 400, ...valid.error } }
    const accepted = valid.records.map((r) => {
      const stored = this.byUid.get(r.uid) ?? { ...r, version: this.log.length + 1, author, serverAt: Date.now() }
      if (!this.byUid.has(r.uid)) {
        this.byUid.set(r.uid, stored)
        this.log.push(stored)
      }
      return { uid: r.uid, version: stored.version }
    })
    const version = this.log.length
    setTimeout(() => this.streams.forEach((s) => s.records?.(version)), 1)
    return { ok: true as const, value: { version, accepted } }
  }
}

function failure(kind: TeamError['kind'], status: number | null, code: string): { ok: false; error: TeamError } {
  return { ok: false, error: { kind, status, code, es: `fallo ${code}`, en: `failure ${code}` } }
}
