// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { readTemplatesJson, templatesJson, type MappingTemplate } from '../../../../src/report/mapping/mappingTemplate'
import { proposeReading, templateOf } from '../../../../src/report/mapping/proposeReading'
import { parseReport, sketchReportFile } from '../../../../src/report/parseReport'
import type { ColumnKey } from '../../../../src/report/types'
import { csvBytes, RENAMED, sampleMetas, tableRows, type FileColumn } from './mappedFixtures'

async function templateFor(columns: readonly FileColumn[]): Promise<MappingTemplate> {
  const sketched = await sketchReportFile(csvBytes(tableRows(columns)))
  if (!sketched.ok) throw new Error(sketched.error.message.en)
  return templateOf(sketched.table, proposeReading(sketched.table), 1_700_000_000_000)
}

describe('a confirmed mapping saved as a template of its form', () => {
  it('goes to JSON and comes back the same', async () => {
    const template = await templateFor(RENAMED)
    expect(template.labels).toEqual(RENAMED.map((c) => c.label))
    expect(template.signature).toBe(
      'meta poa|numero|objetivo estrategico|tipo de competencia|indicador|planificado|ejecutado|porcentaje de cumplimiento|resultado|aporte al pdot|competencia|responsable',
    )
    expect(readTemplatesJson(templatesJson([template]))).toEqual({ templates: [template] })
  })

  it('reads the next file of the same form without asking, whatever its rows', async () => {
    const template = await templateFor(RENAMED)
    const rows = tableRows(RENAMED)
    const next = csvBytes([['OTRO GAD'], ['RENDICIÓN DE CUENTAS 2022'], ...rows.slice(3, 5), ...rows.slice(25)])
    expect(parseReport(next).ok).toBe(false)
    const result = parseReport(next, 'poa-2022.csv', { templates: [template] })
    if (!result.ok) throw new Error(result.error.message.en)
    expect(result.report.year).toBe(2022)
    expect(result.report.metas.map((m) => m.cells.no)).toEqual(
      sampleMetas()
        .slice(20)
        .map((m) => m.cells.no),
    )
    expect(result.report.source.mapping).toMatchObject({ headerRow: 4, headerRows: 1, columns: template.columns })
  })

  it('finds its columns by their names when the form moved them', async () => {
    const template = await templateFor(RENAMED)
    const moved = [...RENAMED.slice(5), ...RENAMED.slice(0, 5)]
    const result = parseReport(csvBytes(tableRows(moved)), undefined, { templates: [template] })
    if (!result.ok) throw new Error(result.error.message.en)
    const at = (key: ColumnKey) => moved.findIndex((c) => c.key === key)
    expect(result.report.source.mapping?.columns).toMatchObject({ no: at('no'), planned: at('planned'), percent: at('percent') })
    expect(result.report.metas.map((m) => m.cells.planned)).toEqual(sampleMetas().map((m) => m.cells.planned))
  })

  it('given by the user for a file that lacks one of its columns, says which and where', async () => {
    const template = await templateFor(RENAMED)
    const lacking = csvBytes(tableRows(RENAMED.filter((c) => c.key !== 'achieved')))
    const result = parseReport(lacking, undefined, { templates: [template], strictTemplates: true })
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.error.message.es).toBe('La asignación de columnas nombra columnas que la cabecera del archivo (línea 5) no tiene: «Ejecutado».')
    expect(result.error.message.en).toBe('The column mapping names columns the file\'s header (line 5) lacks: "Ejecutado".')
  })

  it('refuses a JSON file that is not a list of templates, or holds a broken one, in both languages', () => {
    expect(readTemplatesJson('{"kind":"otra cosa"}')).toEqual({
      error: {
        es: 'El archivo no es una lista de plantillas de columnas de esta aplicación (JSON con «kind»: «poa-column-mappings»).',
        en: 'The file is not a list of this app’s column templates (JSON with "kind": "poa-column-mappings").',
      },
    })
    const broken = JSON.stringify({
      kind: 'poa-column-mappings',
      version: 1,
      templates: [{ signature: 'a', labels: ['a'], headerRows: 1, percentScale: 'points', columns: { no: 5 } }],
    })
    expect(readTemplatesJson(broken)).toEqual({ error: { es: 'La plantilla n.º 1 del archivo no es válida.', en: 'Template no. 1 of the file is not valid.' } })
  })
})
