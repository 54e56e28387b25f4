import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { PresenceSender } from '../../../src/sync/presenceSender'

beforeEach(() => {
  vi.useFakeTimers()
})
afterEach(() => {
  vi.useRealTimers()
})

function sender() {
  const sent: (number | null)[] = []
  const presence = new PresenceSender({ send: (meta) => sent.push(meta), heartbeatMs: 10_000, minGapMs: 500 })
  return { presence, sent }
}

describe('telling the server which meta this user is on', () => {
  it('says at once that the report is open, then each new meta, the same meta never twice in a row', () => {
    const { presence, sent } = sender()
    presence.start()
    expect(sent).toEqual([null])
    vi.advanceTimersByTime(600)
    presence.show(4)
    presence.show(4)
    expect(sent).toEqual([null, 4])
  })

  it('moving through rows quickly sends at most one request per half second, ending on the meta the user stopped at', () => {
    const { presence, sent } = sender()
    presence.start()
    for (const meta of [1, 2, 3, 4, 5]) presence.show(meta)
    expect(sent).toEqual([null])
    vi.advanceTimersByTime(500)
    expect(sent).toEqual([null, 5])
    presence.show(6)
    presence.show(5)
    vi.advanceTimersByTime(500)
    // Back on the meta already sent: nothing new to say.
    expect(sent).toEqual([null, 5])
  })

  it('repeats the current meta as a heartbeat (the server forgets whom it has not heard for 30 s), and stops when told', () => {
    const { presence, sent } = sender()
    presence.start()
    vi.advanceTimersByTime(600)
    presence.show(2)
    vi.advanceTimersByTime(20_000)
    expect(sent).toEqual([null, 2, 2, 2])
    presence.stop()
    presence.show(3)
    vi.advanceTimersByTime(20_000)
    expect(sent).toEqual([null, 2, 2, 2])
  })
})
