import { describe, expect, it } from 'vitest'
import { initialsOf, PRESENCE_EXPIRY_MS, PresenceBook } from '../../../src/server/live/presence'

describe('presence', () => {
  it('names people by their initials', () => {
    expect(initialsOf('Ana Pérez')).toBe('AP')
    expect(initialsOf('  maría josé   ñúñez  ')).toBe('MÑ')
    expect(initialsOf('Planificación')).toBe('P')
  })

  it('forgets a person not heard for 30 s, and only then', () => {
    const book = new PresenceBook()
    const ana = { report: 'r', accountId: 'a', name: 'Ana Pérez', meta: 3 }
    expect(book.heard(ana, 0)).toBe(true)
    expect(book.heard(ana, 10_000)).toBe(false)
    expect(book.heard({ ...ana, meta: 4 }, 10_000)).toBe(true)
    expect(book.expire(10_000 + PRESENCE_EXPIRY_MS)).toEqual([])
    expect(book.people('r')).toEqual([{ accountId: 'a', name: 'Ana Pérez', initials: 'AP', meta: 4 }])
    expect(book.expire(10_001 + PRESENCE_EXPIRY_MS)).toEqual(['r'])
    expect(book.people('r')).toEqual([])
  })
})
