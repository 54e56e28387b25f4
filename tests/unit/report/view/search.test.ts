import { expect, test } from 'vitest'
import { applyEdits } from '../../../../src/report/applyEdits'
import { matchRanges, searchTerms } from '../../../../src/report/view/search'
import { matchingMetas } from '../../../../src/report/view/searchIndex'
import { seedReport } from '../../../fixtures/seedReport'

const marked = (text: string, query: string) =>
  matchRanges(text, searchTerms(query))
    .map(([a, b]) => text.slice(a, b))
    .join('|')

test('a folded query finds the accented original and highlights the original characters', () => {
  expect(marked('GESTIÓN pública', 'gestion')).toBe('GESTIÓN')
  expect(marked('GESTIÓN pública', 'PUBLICA')).toBe('pública')
})

test('several words are highlighted wherever each appears', () => {
  expect(marked('Agua potable y agua de riego', 'agua riego')).toBe('Agua|agua|riego')
})

test('decomposed accents stay inside the highlighted range', () => {
  const text = 'Gestio\u0301n'
  expect(marked(text, 'gestion')).toBe(text)
})

test('words of the query are found separately, also inside longer words', () => {
  expect(marked('plan   de  desarrollo', 'plan de')).toBe('plan|de|de')
})

test('an empty query matches nothing to highlight', () => {
  expect(searchTerms('   ')).toEqual([])
  expect(matchRanges('texto', [])).toEqual([])
})

test('typing forward narrows the previous search and finds exactly what a fresh search finds', () => {
  const report = seedReport()
  const fresh = (q: string) => [...matchingMetas(report.metas.slice(), searchTerms(q))].join('')
  const expected = fresh('agua potable')
  matchingMetas(report.metas, searchTerms('agu'))
  const narrowed = [...matchingMetas(report.metas, searchTerms('agua potable'))].join('')
  expect(narrowed).toBe(expected)
  expect(expected.includes('1')).toBe(true)
})

test('an edited meta is found by the text it was given', () => {
  const report = seedReport()
  const before = matchingMetas(report.metas, searchTerms('zanahoria'))
  expect(before.indexOf(1)).toBe(-1)
  const edited = applyEdits(report, [{ meta: 200, column: 'result', after: 'Se sembró ZANAHÓRIA' }])
  const after = matchingMetas(edited.metas, searchTerms('zanahoria'))
  expect([...after].flatMap((v, i) => (v ? [i] : []))).toEqual([200])
})
