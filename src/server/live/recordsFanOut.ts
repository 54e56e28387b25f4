/**
 * Tells this instance's event streams that a report's log grew (a NOTIFY from any instance). The
 * new records are read once per instance and sent with the event, so 50 browsers do not each pull
 * after every push; a browser whose cursor is not at `after` pulls instead.
 */
import type { TeamRecord } from '../../report/team/teamRecord'
import type { Queryable } from '../db/database'
import { recordsAfter, reportVersion } from '../records/recordLog'
import type { EventStream } from './eventStream'

/** More new records than this, and the event carries only the version: each browser pulls. */
const RECORDS_IN_EVENT = 500

interface ReportFeed {
  readonly streams: Set<EventStream>
  /** The last version this instance has sent to the report's streams. */
  sent: number
  /** The highest version NOTIFY announced. */
  announced: number
  reading: boolean
}

export class RecordsFanOut {
  private readonly feeds = new Map<string, ReportFeed>()

  constructor(private readonly db: Queryable) {}

  /** Adds a stream, first telling it the report's version so it pulls what it lacks. */
  async open(stream: EventStream): Promise<void> {
    let feed = this.feeds.get(stream.report)
    if (!feed) {
      const version = (await reportVersion(this.db, stream.report)) ?? 0
      feed = this.feeds.get(stream.report) ?? { streams: new Set(), sent: version, announced: version, reading: false }
      this.feeds.set(stream.report, feed)
    }
    // It may have closed while the version was read: its close already ran, so it must not be added.
    if (stream.closed) return
    feed.streams.add(stream)
    stream.send('records', JSON.stringify({ version: feed.sent }))
  }

  close(stream: EventStream): void {
    const feed = this.feeds.get(stream.report)
    if (!feed) return
    feed.streams.delete(stream)
    if (feed.streams.size === 0) this.feeds.delete(stream.report)
  }

  /** A NOTIFY on the records channel: {"report": id, "version": N}. */
  announced(payload: string): void {
    const { report, version } = JSON.parse(payload) as { report: string; version: number }
    const feed = this.feeds.get(report)
    if (!feed || version <= feed.announced) return
    feed.announced = version
    // After the pushing handler's own hand-over (PGlite announces before its query resolves), so a
    // push through this instance is sent without reading it back.
    setImmediate(() => void this.deliver(report, feed))
  }

  /**
   * Records a push through this instance stored: sent at once when they continue what the streams
   * have; otherwise (an earlier push's answer still on its way) the NOTIFY's read sends them.
   */
  appended(report: string, records: readonly TeamRecord[]): void {
    const feed = this.feeds.get(report)
    if (!feed || feed.reading || records[0]!.version !== feed.sent + 1) return
    const version = records[records.length - 1]!.version
    const text = JSON.stringify(records.length > RECORDS_IN_EVENT ? { version } : { version, after: feed.sent, records })
    feed.sent = version
    feed.announced = Math.max(feed.announced, version)
    for (const stream of feed.streams) stream.send('records', text)
  }

  streams(report?: string): EventStream[] {
    const feeds = report === undefined ? [...this.feeds.values()] : [this.feeds.get(report)].filter((f) => f !== undefined)
    return feeds.flatMap((feed) => [...feed.streams])
  }

  /** One reader per report: announcements that arrive meanwhile are sent by the next round. */
  private async deliver(report: string, feed: ReportFeed): Promise<void> {
    if (feed.reading) return
    feed.reading = true
    try {
      while (feed.announced > feed.sent && this.feeds.get(report) === feed) {
        const after = feed.sent
        const records = await recordsAfter(this.db, report, after, RECORDS_IN_EVENT + 1)
        const version = Math.max(feed.announced, records.at(-1)?.version ?? 0)
        const data = records.length > RECORDS_IN_EVENT ? { version } : { version, after, records }
        feed.sent = Math.max(feed.sent, version)
        const text = JSON.stringify(data)
        for (const stream of feed.streams) stream.send('records', text)
      }
    } catch {
      // Reading failed (the database is restarting): the version alone still makes every browser pull.
      feed.sent = feed.announced
      const text = JSON.stringify({ version: feed.sent })
      for (const stream of feed.streams) stream.send('records', text)
    } finally {
      feed.reading = false
    }
  }
}
