import { expect, test } from 'vitest'
import { matchRanges, searchTerms } from '../../../../src/report/view/search'

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
