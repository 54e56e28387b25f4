import { expect, it } from 'vitest'
import { buildViewFile } from '../../../src/features/files/buildViewFile'
import { makeViewExportJob } from '../../../src/features/files/makeViewExportJob'
import { metaUnits, NO_UNIT } from '../../../src/report/team/metaUnits'
import { computeView } from '../../../src/report/view/computeView'
import { DEFAULT_VIEW, EMPTY_FILTERS, type ViewSpec } from '../../../src/report/view/viewSpec'
import { filesMessages } from '../../../src/ui/i18n/filesMessages'
import { gridMessages } from '../../../src/ui/i18n/gridMessages'
import { seedReport } from '../../fixtures/seedReport'
import { readCsv } from './exportFixture'

const report = seedReport()
const salud = { id: 'u-salud', name: 'Secretaría de Salud' }
const units = metaUnits(new Map([[0, salud.id]]), [salud])

const exported = async (spec: ViewSpec) => {
  const job = makeViewExportJob({
    report,
    spec,
    metas: computeView(report, spec, { units }),
    viewName: 'unidades',
    format: 'csv-semicolon',
    lang: 'es',
    t: filesMessages.es,
    context: { units },
    noUnit: gridMessages.es.noUnit,
    now: new Date(2024, 4, 2, 10, 30),
  })
  return readCsv(await buildViewFile(job, () => {}), ';').rows
}

it('a team view exports the responsible unit of each meta by name, and «Sin asignar» for the others', async () => {
  const rows = await exported({ ...DEFAULT_VIEW, columns: ['no', 'unit'] })
  expect(rows[0]).toEqual(['N.º de meta', 'Unidad responsable'])
  expect(rows[1]).toEqual([report.metas[0]!.cells.no, 'Secretaría de Salud'])
  expect(rows[2]).toEqual([report.metas[1]!.cells.no, 'Sin asignar'])
  expect(rows).toHaveLength(report.metas.length + 1)
})

it('the default columns of a team view include the unit, and a view filtered by unit keeps only its metas', async () => {
  const rows = await exported({ ...DEFAULT_VIEW, filters: { ...EMPTY_FILTERS, unit: [NO_UNIT] } })
  expect(rows[0]).toContain('Unidad responsable')
  expect(rows).toHaveLength(report.metas.length)
})
