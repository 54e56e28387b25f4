import { expect, test } from 'vitest'
import { formatTsv, parseTsv } from '../../../src/features/grid/clipboard/tsv'
import { parseEdit } from '../../../src/features/grid/gridColumns'

test('a block copied from Excel (CRLF, final line break) reads as its rows and cells', () => {
  expect(parseTsv('1\t2\r\n3\t4\r\n')).toEqual([
    ['1', '2'],
    ['3', '4'],
  ])
})

test('quoted cells keep their tabs, line breaks and quotes', () => {
  const rows = [['línea 1\nlínea 2', 'dice "hola"', 'a\tb', '']]
  expect(parseTsv(formatTsv(rows))).toEqual(rows)
})

test('numbers are read the Ecuadorian way and written in the report style', () => {
  expect(parseEdit('planned', '89,65')).toEqual({ ok: true, text: '89,65' })
  expect(parseEdit('planned', '1234,5')).toEqual({ ok: true, text: '1.234,5' })
  expect(parseEdit('achieved', '33,3')).toEqual({ ok: true, text: '33,3' })
  expect(parseEdit('percent', '89,65 %')).toEqual({ ok: true, text: '89,65%' })
  expect(parseEdit('no', '12,5')).toEqual({ ok: false, reason: 'integer' })
  expect(parseEdit('planned', '12abc')).toEqual({ ok: false, reason: 'number' })
  expect(parseEdit('planned', '')).toEqual({ ok: true, text: '' })
})
