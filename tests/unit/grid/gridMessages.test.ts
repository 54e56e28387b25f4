import { expect, test } from 'vitest'
import { gridMessages } from '../../../src/ui/i18n/gridMessages'
import { COLUMNS } from '../../../src/report/columns'

test('a header tooltip never doubles the period of a name that ends in one («Goal no.»)', () => {
  for (const language of ['es', 'en'] as const) {
    for (const c of COLUMNS) expect(gridMessages[language].sortTitle(c.label[language])).not.toMatch(/\.\./)
  }
  expect(gridMessages.en.sortTitle('Goal no.')).toBe('Goal no. Click: sort. Shift+click: also sort by this column.')
  expect(gridMessages.es.sortTitle('Indicador')).toMatch(/^Indicador\. Clic: ordenar/)
})

test('the paste message agrees in number and names the refused cells, the first three then how many more', () => {
  const es = gridMessages.es
  const en = gridMessages.en
  const one = [es.cellName('4', 'Total planificado')]
  expect(es.pasted(3, one)).toBe('Se pegaron 3 celdas; 1 no válida no se pegó: meta 4 · Total planificado.')
  expect(es.pasted(1, [])).toBe('Se pegó 1 celda.')
  const five = ['1', '2', '3', '4', '5'].map((n) => es.cellName(n, 'Cumplimiento'))
  expect(es.pasted(0, five)).toBe('No se pegó ninguna celda; 5 no válidas no se pegaron: meta 1 · Cumplimiento, meta 2 · Cumplimiento, meta 3 · Cumplimiento y 2 más.')
  expect(en.pasted(3, [en.cellName('4', 'Planned total')])).toBe('Pasted 3 cells; 1 invalid cell was not pasted: goal 4 · Planned total.')
  expect(en.pasted(1, [])).toBe('Pasted 1 cell.')
})

test('counts agree in number in both languages', () => {
  for (const language of ['es', 'en'] as const) {
    const t = gridMessages[language]
    expect(t.copied(1)).not.toMatch(/celdas|cells/)
    expect(t.findingsCount(1)).not.toMatch(/hallazgos|findings/)
    expect(t.viewCount(1, 1)).not.toMatch(/metas|goals/)
  }
})
