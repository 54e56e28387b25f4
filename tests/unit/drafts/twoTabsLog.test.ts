import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { DraftsDb } from '../../../src/drafts/draftsDb'
import type { WorkspaceSession } from '../../../src/drafts/workspaceSession'
import type { ColumnKey } from '../../../src/report/types'
import { openSession, seededDrafts, whenShown } from './draftsFixture'

// A few cells and values, so random steps keep meeting the same cells (and the original text again).
const CELLS: readonly { readonly meta: number; readonly column: ColumnKey }[] = [
  { meta: 0, column: 'planned' },
  { meta: 0, column: 'result' },
  { meta: 1, column: 'planned' },
  { meta: 2, column: 'achieved' },
]
const VALUES = ['10', '20,5', 'texto corregido', '']

type Step =
  | { readonly kind: 'edit'; readonly tab: number; readonly cells: readonly { readonly cell: number; readonly value: string }[] }
  | { readonly kind: 'undo' | 'redo' | 'wait'; readonly tab: number }
  | { readonly kind: 'revert'; readonly tab: number; readonly pick: number }

const tab = fc.constantFrom(0, 1)
const step: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('edit' as const),
      tab,
      cells: fc.array(fc.record({ cell: fc.nat(CELLS.length - 1), value: fc.constantFrom(...VALUES) }), { minLength: 1, maxLength: 2 }),
    }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('undo' as const), tab }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('redo' as const), tab }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('revert' as const), tab, pick: fc.nat(7) }) },
  // Lets one tab's writes land (and the other tab maybe hear of them) before the next step.
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('wait' as const), tab }) },
)

/** Runs a step as a user would in that tab: an edit or pasted block, undo, redo, or one row's revert in the changes dialog. */
async function run(tabs: readonly WorkspaceSession[], s: Step): Promise<void> {
  const session = tabs[s.tab]!
  if (s.kind === 'edit') session.commit(s.cells.map(({ cell, value }) => ({ ...CELLS[cell]!, after: value })))
  else if (s.kind === 'undo') session.undo()
  else if (s.kind === 'redo') session.redo()
  else if (s.kind === 'wait') await session.whenSaved()
  else if (s.kind === 'revert') {
    const changes = session.changes()
    if (changes.length > 0) session.revert([changes[s.pick % changes.length]!])
  }
}

/** The step the latest undo or redo of the session acted on. */
function lastTarget(session: WorkspaceSession): string {
  const target = session.history().at(-1)?.target
  if (target === undefined) throw new Error('the last step names no target')
  return target
}

/** Presses undo (or redo) until it is disabled; the steps it acted on, top of the stack first. */
function pressUntilDisabled(session: WorkspaceSession, button: 'undo' | 'redo'): string[] {
  const acted: string[] = []
  while (button === 'undo' ? session.getSnapshot().canUndo : session.getSnapshot().canRedo) {
    if (acted.length > 200) throw new Error(`${button} never empties its stack`)
    session[button]()
    acted.push(lastTarget(session))
  }
  return acted
}

/**
 * Reads both stacks through the buttons and puts them back: undo until disabled, redo until
 * disabled, then undo the steps that were on the redo stack before. No step is on a stack twice or
 * on both, each undone step comes back last first, and the buttons end as they began.
 */
function readStacks(session: WorkspaceSession): { readonly undo: readonly string[]; readonly redo: readonly string[] } {
  const before = session.getSnapshot()
  const undo = pressUntilDisabled(session, 'undo')
  const redone = pressUntilDisabled(session, 'redo')
  expect(redone.slice(0, undo.length)).toEqual([...undo].reverse())
  const redo = redone.slice(undo.length)
  expect(redo.map(() => (session.undo(), lastTarget(session)))).toEqual([...redo].reverse())
  expect(new Set([...undo, ...redo]).size).toBe(undo.length + redo.length)
  const after = session.getSnapshot()
  expect([after.canUndo, after.canRedo]).toEqual([before.canUndo, before.canRedo])
  // Every step on a stack is an edit of the log, and the latest edit is never dropped from both.
  const edits = session
    .history()
    .filter((r) => r.kind === 'edit')
    .map((r) => r.step)
  expect(edits).toEqual(expect.arrayContaining([...undo, ...redo]))
  if (edits.length > 0) expect([...undo, ...redo]).toContain(edits.at(-1))
  return { undo, redo }
}

/**
 * Waits until both tabs have written everything and read everything the other wrote, then checks
 * that both show what a fresh tab replaying the stored log shows.
 */
async function expectSettledAlike(tabs: readonly WorkspaceSession[], name: string, hash: string): Promise<void> {
  await Promise.all(tabs.map((t) => t.whenSaved()))
  const db = new DraftsDb(name)
  const replayed = await openSession(db, hash)
  try {
    const logged = replayed.history().length
    await Promise.all(tabs.map((t) => whenShown(t, () => t.history().length === logged)))
    const shown = (s: WorkspaceSession) => {
      const { report, canUndo, canRedo } = s.getSnapshot()
      return { metas: report.metas, canUndo, canRedo, changes: s.changes() }
    }
    for (const t of tabs) expect(shown(t)).toEqual(shown(replayed))
  } finally {
    replayed.close()
    db.close()
  }
}

describe('the edit log shared by two tabs', () => {
  it('random edits, undos, redos and reverts from two tabs replay to one report, and undo and redo neither lose nor repeat a step', { timeout: 120_000 }, async () => {
    // On failure fast-check prints the seed and path: pass them to fc.assert to replay that case.
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 12 }), async (steps) => {
        const { db, hash, name } = await seededDrafts()
        const second = new DraftsDb(name)
        const tabs = [await openSession(db, hash, true), await openSession(second, hash, true)]
        try {
          for (const s of steps) await run(tabs, s)
          await expectSettledAlike(tabs, name, hash)
          const stacks = readStacks(tabs[0]!)
          await expectSettledAlike(tabs, name, hash)
          // The second tab, having read the first tab's undos and redos, has the very same stacks.
          expect(readStacks(tabs[1]!)).toEqual(stacks)
          await expectSettledAlike(tabs, name, hash)
        } finally {
          for (const t of tabs) t.close()
          db.close()
          second.close()
        }
      }),
      // 25 cases take a few seconds here; a case that hangs (a tab never hears the other) fails as a timeout.
      { numRuns: 25, timeout: 5_000 },
    )
  })
})
