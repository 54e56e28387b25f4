import { describe, expect, it } from 'vitest'
import { filesMessages } from '../../../src/ui/i18n/filesMessages'
import { filterValueLabels } from '../../../src/features/files/filterValueLabels'
import { describeView } from '../../../src/features/files/viewDescription'
import { facetKey } from '../../../src/report/view/computeView'
import { DEFAULT_VIEW, type ViewSpec } from '../../../src/report/view/viewSpec'
import { seedReport } from '../../fixtures/seedReport'

describe('the description of an exported view', () => {
  it('names each filter and its values as the user picked them, then the search, sort and columns', () => {
    const report = seedReport()
    const objective = report.metas[0]!.cells.objective.trim()
    const spec: ViewSpec = {
      ...DEFAULT_VIEW,
      filters: { ...DEFAULT_VIEW.filters, objective: [facetKey(objective)], band: ['under50'], severity: ['error'], percent: { min: 10, max: 79.5 }, hasFindings: true },
      search: '  agua ',
      sort: [{ column: 'planned', desc: true }],
      columns: ['no', 'computedPercent'],
    }
    const t = filesMessages.es
    const lines = describeView(
      spec,
      'es',
      t,
      filterValueLabels(report, 'es', (s) => s),
    )
    expect(lines).toEqual([
      { label: 'Filtros: Objetivo', value: objective },
      { label: 'Filtros: Cumplimiento', value: '10,00 % – 79,50 %' },
      { label: 'Filtros: Franja de cumplimiento', value: 'Menos de 50 %' },
      { label: 'Filtros: Con hallazgos', value: 'sí' },
      { label: 'Filtros: Severidad', value: 'Errores' },
      { label: 'Búsqueda', value: 'agua' },
      { label: 'Orden', value: 'Total planificado (descendente)' },
      { label: 'Columnas', value: 'N.º de meta, Cumplimiento calculado' },
    ])
  })

  it('says there are no filters and the report order when the view is the whole report', () => {
    const lines = describeView(DEFAULT_VIEW, 'en', filesMessages.en)
    expect(lines.slice(0, 2)).toEqual([
      { label: 'Filters', value: 'None' },
      { label: 'Sort', value: 'Report order' },
    ])
  })
})
