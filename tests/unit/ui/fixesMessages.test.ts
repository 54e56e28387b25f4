import { expect, test } from 'vitest'
import { fixesMessages } from '../../../src/ui/i18n/fixesMessages'

test('every fix has its line of help, and every rule without one its reason, in Spanish and in English', () => {
  expect(Object.keys(fixesMessages.en.help).sort()).toEqual(Object.keys(fixesMessages.es.help).sort())
  expect(Object.keys(fixesMessages.en.noFix).sort()).toEqual(Object.keys(fixesMessages.es.noFix).sort())
  expect(Object.keys(fixesMessages.en.relatedMetas).sort()).toEqual(Object.keys(fixesMessages.es.relatedMetas).sort())
  expect(Object.keys(fixesMessages.es.help).sort()).toEqual([
    'categoryVariant',
    'justificationMissing',
    'markupResidue',
    'percentMismatch',
    'percentWithoutSign',
    'shiftedRow',
    'whitespace',
  ])
})

test('counts agree in number in both languages', () => {
  for (const language of ['es', 'en'] as const) {
    const t = fixesMessages[language]
    expect(t.applied(1)).not.toMatch(/celdas|cells/)
    expect(t.moreChanges(1)).not.toMatch(/cambios|changes/)
    expect(t.outsideView(1)).not.toMatch(/hallazgos|findings/)
    expect(t.spellingOption('CONCURRENTE', 1)).not.toMatch(/metas|goals/)
  }
  expect(fixesMessages.es.fixAllSummary(9, 9)).toBe('Se corregirán 9 hallazgos (9 celdas) en un solo paso, que se deshace de una vez. Primeros cambios:')
})
