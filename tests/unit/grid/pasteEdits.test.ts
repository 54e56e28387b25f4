import { expect, test } from 'vitest'
import { planClear, planPaste } from '../../../src/features/grid/clipboard/pasteEdits'
import { seedReport } from '../../fixtures/seedReport'

const seed = seedReport()
const rows = seed.metas.slice(0, 5)

test('one pasted value fills the whole selected range', () => {
  const plan = planPaste([['50']], { row: 1, col: 0 }, rows, ['planned', 'achieved'], { top: 1, bottom: 3, left: 0, right: 1 })
  const cells = plan.edits.map((e) => `${e.meta}:${e.column}=${e.after}`)
  const expected = [1, 2, 3].flatMap((r) => (['planned', 'achieved'] as const).filter((c) => rows[r].cells[c] !== '50').map((c) => `${rows[r].id}:${c}=50`))
  expect(cells).toEqual(expected)
  expect(plan.rejected).toEqual([])
})

test('a block hanging over the last row or column is cut, and computed columns refuse the text', () => {
  const plan = planPaste(
    [
      ['7', '8', '9'],
      ['1', '2', '3'],
    ],
    { row: 4, col: 0 },
    rows,
    ['planned', 'computedPercent'],
  )
  expect(plan.edits.map((e) => e.column)).toEqual(rows[4].cells.planned === '7' ? [] : ['planned'])
  expect(plan.rejected).toEqual([{ meta: rows[4].id, column: 'computedPercent' }])
})

test('clearing a range blanks the editable cells and leaves computed ones', () => {
  const edits = planClear({ top: 0, bottom: 1, left: 0, right: 1 }, rows, ['result', 'findings'])
  expect(edits).toEqual([0, 1].filter((r) => rows[r].cells.result !== '').map((r) => ({ meta: rows[r].id, column: 'result', after: '' })))
})
