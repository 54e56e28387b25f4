/**
 * Tables of other shapes made from the seed's first 40 metas, the way officials bring them: other
 * years' forms with renamed and reordered columns, and a municipality's own XLSX workbook.
 */
import ExcelJS from 'exceljs'
import { sketchReportFile } from '../../../../src/report/parseReport'
import type { ColumnKey, Meta, TableSketch } from '../../../../src/report/types'
import { percentFraction } from '../../../../src/report/xlsxCells'
import { numberOf } from '../../../fixtures/otherLayoutWorkbook'
import { seedReport } from '../../../fixtures/seedReport'
import { toCsv } from '../sourceCopies'

/** Metas 1 to 40 of the seed: two objectives in three runs, every number readable. */
export const sampleMetas = (): readonly Meta[] => seedReport().metas.slice(0, 40)

/** A file column: its header text and the seed column it holds, or a column of the file's own. */
export interface FileColumn {
  readonly label: string
  readonly key: ColumnKey | null
}

/** The "Responsable" column a municipality adds: its own, not the report's. */
export const responsible = (i: number): string => `Dirección ${(i % 3) + 1}`

export const TITLES = ['GAD MUNICIPAL DE EJEMPLO', 'RENDICIÓN DE CUENTAS 2021', 'CUMPLIMIENTO DE METAS DEL POA']

/** Another year's form: renamed with the synonyms officials use, reordered, and a column of its own. */
export const RENAMED: readonly FileColumn[] = [
  { label: 'Meta POA', key: 'description' },
  { label: 'N.º', key: 'no' },
  { label: 'Objetivo estratégico', key: 'objective' },
  { label: 'Tipo de competencia', key: 'competenceType' },
  { label: 'Indicador', key: 'indicator' },
  { label: 'Planificado', key: 'planned' },
  { label: 'Ejecutado', key: 'achieved' },
  { label: '% de cumplimiento', key: 'percent' },
  { label: 'Resultado', key: 'result' },
  { label: 'Aporte al PDOT', key: 'contribution' },
  { label: 'Competencia', key: 'competence' },
  { label: 'Responsable', key: null },
]

/** Rows of a table: three title lines, a blank line, the header, one row per meta. */
export function tableRows(columns: readonly FileColumn[], percent: (meta: Meta) => string = (m) => m.cells.percent): string[][] {
  const rows = TITLES.map((t) => [t])
  rows.push(
    [],
    columns.map((c) => c.label),
  )
  sampleMetas().forEach((meta, i) => {
    rows.push(columns.map((c) => (c.key === null ? responsible(i) : c.key === 'percent' ? percent(meta) : meta.cells[c.key])))
  })
  return rows
}

export const csvBytes = (rows: readonly (readonly string[])[]): Uint8Array => new TextEncoder().encode(toCsv(rows, ';', '\r\n'))

/** Sheet columns of the workbook, A to K. */
const WORKBOOK_KEYS: readonly (ColumnKey | 'notes')[] = [
  'objective',
  'no',
  'description',
  'indicator',
  'planned',
  'achieved',
  'percent',
  'result',
  'contribution',
  'competenceType',
  'notes',
]

/** Where the workbook's odd cells are: meta 4's planned total shown with thousands, meta 7's with binary noise. */
export const GROUPED_META = 3
export const NOISY_META = 6

/**
 * A municipality's workbook: a summary sheet first, then "POA 2021" with two merged title rows, a
 * two-row header (group cells "Metas POA" and "Resultados" over their columns, the others merged
 * down both rows), each objective merged over its metas, percentages as fractions (every other one
 * a formula with its cached value) and an "Observaciones" column of its own.
 */
export async function municipalWorkbook(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook()
  const summary = workbook.addWorksheet('Resumen')
  summary.addRow(['Resumen del cumplimiento'])
  summary.addRow(['Metas', 40])
  summary.addRow(['Fuente', 'POA 2021'])
  const sheet = workbook.addWorksheet('POA 2021')
  sheet.getCell('A1').value = TITLES[0]
  sheet.mergeCells('A1:K1')
  sheet.getCell('A2').value = TITLES[1]
  sheet.mergeCells('A2:K2')
  const top: Record<string, string> = {
    A: 'Objetivo del PDOT',
    B: 'Metas POA',
    D: 'Indicador',
    E: 'Resultados',
    H: 'Descripción del resultado',
    I: 'Aporte al plan de desarrollo',
    J: 'Tipo de competencia',
    K: 'Observaciones',
  }
  const own: Record<string, string> = { B: 'N.º', C: 'Descripción', E: 'Planificado', F: 'Ejecutado', G: '% de cumplimiento' }
  for (const [col, text] of Object.entries(top)) sheet.getCell(`${col}4`).value = text
  for (const [col, text] of Object.entries(own)) sheet.getCell(`${col}5`).value = text
  for (const col of ['A', 'D', 'H', 'I', 'J', 'K']) sheet.mergeCells(`${col}4:${col}5`)
  sheet.mergeCells('B4:C4')
  sheet.mergeCells('E4:G4')
  const metas = sampleMetas()
  let runStart = 6
  metas.forEach((meta, i) => {
    const r = 6 + i
    const row = sheet.getRow(r)
    WORKBOOK_KEYS.forEach((key, c) => {
      const cell = row.getCell(c + 1)
      if (key === 'notes') cell.value = i % 4 === 0 ? `Revisado por ${responsible(i)}` : null
      else if (key === 'objective') cell.value = r === runStart ? meta.cells.objective : null
      else if (key === 'no' || key === 'planned' || key === 'achieved') cell.value = numberOf(meta.cells[key])
      else if (key === 'percent') {
        const fraction = percentFraction(numberOf(meta.cells.percent))
        // exceljs writes no cached value for a formula whose result is 0: those stay plain numbers.
        cell.value = i % 2 === 1 && fraction !== 0 ? { formula: `F${r}/E${r}`, result: fraction } : fraction
      } else cell.value = meta.cells[key]
    })
    const next = metas[i + 1]
    if (!next || next.cells.objective !== meta.cells.objective) {
      if (r > runStart) sheet.mergeCells(`A${runStart}:A${r}`)
      runStart = r + 1
    }
  })
  sheet.getCell(`E${6 + GROUPED_META}`).numFmt = '#,##0'
  sheet.getCell(`E${6 + NOISY_META}`).value = numberOf(metas[NOISY_META]!.cells.planned) + 1e-14
  return new Uint8Array(await workbook.xlsx.writeBuffer())
}

/** Every sheet's cell values and merges, by sheet name. */
export async function workbookContents(bytes: Uint8Array): Promise<Record<string, { values: unknown[][]; merges: string[] }>> {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer)
  const out: Record<string, { values: unknown[][]; merges: string[] }> = {}
  for (const sheet of workbook.worksheets) {
    const values: unknown[][] = []
    for (let r = 1; r <= sheet.rowCount; r++) {
      const row = sheet.getRow(r)
      const cells: unknown[] = []
      for (let c = 1; c <= row.cellCount; c++) {
        const cell = row.getCell(c)
        const v = cell.value
        // A formula's cached value is what the file says; the source export writes that value.
        cells.push(cell.master !== cell ? null : typeof v === 'object' && v !== null && 'result' in v ? v.result : (v ?? null))
      }
      // Blank cells at a row's end are no cells at all.
      while (cells.length > 0 && cells[cells.length - 1] === null) cells.pop()
      values.push(cells)
    }
    out[sheet.name] = { values, merges: [...(sheet.model.merges ?? [])].sort() }
  }
  return out
}

/** What the mapping step sees of a file that must be readable as a table. */
export async function sketchOf(bytes: Uint8Array): Promise<TableSketch> {
  const sketched = await sketchReportFile(bytes)
  if (!sketched.ok) throw new Error(sketched.error.message.en)
  return sketched.table
}
