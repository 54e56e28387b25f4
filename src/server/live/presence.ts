/**
 * Who has each report open and which meta each is on. Heartbeats go through NOTIFY, so every
 * instance knows the people of every other; a person not heard for 30 s is gone.
 */
import type { Account } from '../../report/team/account'

/** Channel of presence heartbeats; payload {"report", "accountId", "name", "meta"}. */
export const PRESENCE_CHANNEL = 'poa_presence'

export const PRESENCE_EXPIRY_MS = 30_000

export interface Person {
  readonly accountId: string
  readonly name: string
  readonly initials: string
  readonly meta: number | null
}

interface Heard extends Person {
  readonly heardAt: number
}

export interface Heartbeat {
  readonly report: string
  readonly accountId: string
  readonly name: string
  readonly meta: number | null
}

/** "Ana Pérez" → "AP"; one word gives its first letter. */
export function initialsOf(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean)
  const letters = words.length > 1 ? [words[0]!, words[words.length - 1]!] : words
  return letters.map((w) => Array.from(w)[0]!.toLocaleUpperCase('es')).join('')
}

export const heartbeatOf = (report: string, account: Account, meta: number | null): Heartbeat => ({
  report,
  accountId: account.id,
  name: account.name,
  meta,
})

export class PresenceBook {
  private readonly reports = new Map<string, Map<string, Heard>>()

  /** Records a heartbeat; true when what the report's people see changed. */
  heard(beat: Heartbeat, now: number): boolean {
    let people = this.reports.get(beat.report)
    if (!people) this.reports.set(beat.report, (people = new Map()))
    const before = people.get(beat.accountId)
    people.set(beat.accountId, { accountId: beat.accountId, name: beat.name, initials: initialsOf(beat.name), meta: beat.meta, heardAt: now })
    return before === undefined || before.meta !== beat.meta || before.name !== beat.name
  }

  /** Forgets people not heard for PRESENCE_EXPIRY_MS; returns the reports whose people changed. */
  expire(now: number): string[] {
    const changed: string[] = []
    for (const [report, people] of this.reports) {
      const gone = [...people.values()].filter((person) => now - person.heardAt > PRESENCE_EXPIRY_MS)
      for (const person of gone) people.delete(person.accountId)
      if (people.size === 0) this.reports.delete(report)
      if (gone.length > 0) changed.push(report)
    }
    return changed
  }

  people(report: string): Person[] {
    return [...(this.reports.get(report)?.values() ?? [])]
      .map(({ accountId, name, initials, meta }) => ({ accountId, name, initials, meta }))
      .sort((a, b) => a.name.localeCompare(b.name, 'es'))
  }
}
