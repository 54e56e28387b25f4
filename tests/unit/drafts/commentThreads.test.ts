import { describe, expect, test } from 'vitest'
import { threadsOf } from '../../../src/drafts/commentThreads'
import type { CommentRecord } from '../../../src/drafts/records'

let id = 0
const comment = (uid: string, extra: Partial<CommentRecord> = {}): CommentRecord => ({ id: ++id, workspace: 'w', meta: 0, author: 'Ana Pérez', text: uid, at: id, uid, ...extra })

describe('comment threads', () => {
  test('replies join the thread they answer, in order; threads keep the order they were opened', () => {
    const threads = threadsOf([comment('a'), comment('b'), comment('a1', { thread: 'a' }), comment('b1', { thread: 'b' }), comment('a2', { thread: 'a' })])
    expect(threads.map((t) => [t.root.uid, t.replies.map((r) => r.uid)])).toEqual([
      ['a', ['a1', 'a2']],
      ['b', ['b1']],
    ])
  })

  test('a thread is resolved while a resolution is its last word; a later reply opens it again', () => {
    const resolution = comment('r', { text: '', resolves: 'a' })
    expect(threadsOf([comment('a'), resolution])[0]!.resolution).toBe(resolution)
    expect(threadsOf([comment('a'), resolution, comment('a1', { thread: 'a' })])[0]!.resolution).toBeNull()
  })

  test('a reply to a thread this browser does not hold opens one of its own; a resolution of one is dropped', () => {
    const threads = threadsOf([comment('x1', { thread: 'x' }), comment('r', { text: '', resolves: 'y' })])
    expect(threads.map((t) => [t.root.uid, t.resolution])).toEqual([['x1', null]])
  })
})
