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

test('every cell of the seed is highlighted where a letter-by-letter fold finds the word, and nowhere else', () => {
  // Reference: the folded text of each character, scanned for the term, mapped back to characters.
  const reference = (text: string, term: string) => {
    const chars = Array.from(text)
    const folded = chars.map((ch) =>
      /\s/.test(ch)
        ? ' '
        : ch
            .normalize('NFD')
            .replace(/[\u0300-\u036f]/g, '')
            .toLowerCase(),
    )
    const hits: string[] = []
    for (let at = 0; at < chars.length; at++) {
      let joined = ''
      for (let end = at; end < chars.length && joined.length < term.length; end++) {
        joined += folded[end]
        if (joined === term && folded[at] !== '') hits.push(chars.slice(at, end + 1).join(''))
      }
    }
    return hits
  }
  for (const meta of seedReport().metas.slice(0, 40)) {
    for (const text of Object.values(meta.cells)) {
      for (const term of ['gestion', 'de', 'xyz']) {
        const found = marked(text, term)
        expect(
          found === ''
            ? []
            : found.split('|').map((s) =>
                s
                  .toLowerCase()
                  .normalize('NFD')
                  .replace(/[\u0300-\u036f]/g, ''),
              ),
        ).toEqual(
          reference(text, term).map((s) =>
            s
              .toLowerCase()
              .normalize('NFD')
              .replace(/[\u0300-\u036f]/g, ''),
          ),
        )
      }
    }
  }
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
