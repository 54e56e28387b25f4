import { describe, expect, it } from 'vitest'
import { buildChangeLog } from '../../../src/report/publication/changeLog'
import { filesMessages } from '../../../src/ui/i18n/filesMessages'
import { publicationFiles, type PublicationFile } from '../../../src/report/publication/publicationFiles'
import { openFindings } from '../../../src/report/publication/publicationSummary'
import { applyEdits } from '../../../src/report/applyEdits'
import { checkReport } from '../../../src/report/findings'
import { parseReport } from '../../../src/report/parseReport'
import type { CellEdit, Report } from '../../../src/report/types'
import { SEED_NAME, seedBytes, seedReport } from '../../fixtures/seedReport'
import { readCsv, readWorkbook, sheetValues } from './exportFixture'

const t = filesMessages.es
const NOW = new Date(2024, 4, 2, 10, 30)
const EDITED_AT = '2024-05-01T15:04:00.000Z'

async function publish(original: Report, edits: readonly CellEdit[]): Promise<Record<PublicationFile['kind'], PublicationFile>> {
  const report = applyEdits(original, edits)
  const entries = buildChangeLog(original, report, { editedAt: () => EDITED_AT, comments: (meta) => (meta === edits[0]?.meta ? ['Ana: revisar la fuente'] : []) })
  const findings = openFindings(checkReport(report), () => false)
  const files = await publicationFiles({ report, entries, findings, review: { reviewed: 3, total: report.metas.length }, lang: 'es', t, now: NOW })
  return Object.fromEntries(files.map((f) => [f.kind, f])) as Record<PublicationFile['kind'], PublicationFile>
}

describe('publication', () => {
  it('writes the unedited seed back byte for byte, with an empty change log', async () => {
    const files = await publish(seedReport(), [])
    expect(Buffer.from(files.report.bytes).equals(Buffer.from(seedBytes()))).toBe(true)
    expect(files.report.name).toBe('rendicion-cuentas-2020-quito_corregido_2024-05-02.txt')
    expect(readCsv(files.changeLogCsv.bytes, ';').rows).toEqual([[t.changeMeta, t.changeColumn, t.changeOriginal, t.changeCorrected, t.changeWhen, t.changeComments]])
  })

  it('with edits changes exactly the edited cells of the source and nothing else', async () => {
    const original = seedReport()
    const a = original.metas[5]!
    const b = original.metas[200]!
    const edits: CellEdit[] = [
      { meta: a.id, column: 'achieved', after: '12,5' },
      { meta: b.id, column: 'result', after: 'Resultado corregido por la Secretaría' },
    ]
    const files = await publish(original, edits)
    const before = new TextDecoder().decode(seedBytes()).split('\n')
    const after = new TextDecoder().decode(files.report.bytes).split('\n')
    expect(after.length).toBe(before.length)
    const changedLines = before.flatMap((line, i) => (line === after[i] ? [] : [i + 1]))
    expect(changedLines).toEqual([a.line, b.line])
    for (const [edit, meta] of [
      [edits[0]!, a],
      [edits[1]!, b],
    ] as const) {
      const was = before[meta.line - 1]!.split('\t')
      const now = after[meta.line - 1]!.split('\t')
      const position = original.source.columns.indexOf(edit.column)
      expect(now[position]).toBe(edit.after)
      expect(now.filter((_, i) => i !== position)).toEqual(was.filter((_, i) => i !== position))
    }
    const reparsed = parseReport(files.report.bytes, SEED_NAME)
    if (!reparsed.ok) throw new Error(reparsed.error.message.en)
    expect(reparsed.report.metas[a.id]!.cells.achieved).toBe('12,5')
  })

  it('lists every changed cell in the change log, in CSV and XLSX: meta, column, original, corrected, when, comments', async () => {
    const original = seedReport()
    const meta = original.metas[5]!
    const files = await publish(original, [{ meta: meta.id, column: 'achieved', after: '=1+1' }])
    const when = new Date(EDITED_AT)
    const pad = (n: number) => String(n).padStart(2, '0')
    const whenText = `${when.getFullYear()}-${pad(when.getMonth() + 1)}-${pad(when.getDate())} ${pad(when.getHours())}:${pad(when.getMinutes())}`
    const expected = [meta.cells.no, 'Total cumplido', meta.cells.achieved, "'=1+1", whenText, 'Ana: revisar la fuente']
    const { bom, rows } = readCsv(files.changeLogCsv.bytes, ';')
    expect(bom).toBe(true)
    expect(rows).toHaveLength(2)
    expect(rows[1]).toEqual(expected)
    const sheet = (await readWorkbook(files.changeLogXlsx.bytes)).worksheets[0]!
    expect(sheetValues(sheet)[0]).toEqual([t.changeMeta, t.changeColumn, t.changeOriginal, t.changeCorrected, t.changeWhen, t.changeComments])
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 })
  })

  it('writes the change log XLSX with the meta number as a number and the edit time as a dated cell', async () => {
    const original = seedReport()
    const meta = original.metas[5]!
    const files = await publish(original, [{ meta: meta.id, column: 'achieved', after: '=1+1' }])
    const sheet = (await readWorkbook(files.changeLogXlsx.bytes)).worksheets[0]!
    const row = sheet.getRow(2)
    expect(row.getCell(1).value).toBe(Number(meta.cells.no))
    expect(row.getCell(2).value).toBe('Total cumplido')
    expect(row.getCell(3).value).toBe(meta.cells.achieved)
    expect(row.getCell(4).value).toBe("'=1+1")
    // The sheet holds the officer's wall-clock time of the edit, as the CSV writes it.
    const when = new Date(EDITED_AT)
    const written = row.getCell(5).value
    expect(written).toBeInstanceOf(Date)
    expect(written).toEqual(new Date(Date.UTC(when.getFullYear(), when.getMonth(), when.getDate(), when.getHours(), when.getMinutes())))
    expect(row.getCell(5).numFmt).toBe('dd/mm/yyyy hh:mm')
    expect(row.getCell(6).value).toBe('Ana: revisar la fuente')
    // Widths fit the content: the comment column is as wide as its comment, the date as its format.
    const widths = [1, 2, 3, 4, 5, 6].map((c) => sheet.getColumn(c).width ?? 0)
    expect(widths[5]).toBe(Math.max(t.changeComments.length, 'Ana: revisar la fuente'.length) + 2)
    expect(widths[4]).toBeGreaterThanOrEqual('dd/mm/yyyy hh:mm'.length)
    expect(Math.max(...widths)).toBeLessThanOrEqual(60)
  })

  it('on a shared report the change log says who made each change, in CSV and XLSX', async () => {
    const original = seedReport()
    const [a, b] = [original.metas[5]!, original.metas[21]!]
    const report = applyEdits(original, [
      { meta: a.id, column: 'achieved', after: '12,5' },
      { meta: b.id, column: 'planned', after: '29,5' },
    ])
    const authors = new Map([[a.id, 'Ana Pérez']])
    // A change without an author (made in this browser before the report was shared) has an empty cell.
    const entries = buildChangeLog(original, report, { editedAt: () => EDITED_AT, editedBy: (meta) => authors.get(meta) })
    const findings = openFindings(checkReport(report), () => false)
    const files = await publicationFiles({ report, entries, findings, review: { reviewed: 0, total: report.metas.length }, lang: 'es', t, now: NOW })
    const byKind = Object.fromEntries(files.map((f) => [f.kind, f]))
    const { rows } = readCsv(byKind['changeLogCsv']!.bytes, ';')
    expect(rows[0]).toEqual([t.changeMeta, t.changeColumn, t.changeOriginal, t.changeCorrected, t.changeWhen, 'Autor del cambio', t.changeComments])
    expect(rows.slice(1).map((row) => [row[0], row[5]])).toEqual([
      [a.cells.no, 'Ana Pérez'],
      [b.cells.no, ''],
    ])
    const sheet = (await readWorkbook(byKind['changeLogXlsx']!.bytes)).worksheets[0]!
    expect(sheetValues(sheet)[0]![5]).toBe('Autor del cambio')
    expect(sheet.getRow(2).getCell(6).value).toBe('Ana Pérez')
  })

  it('summarises the report, its changes and its open findings by severity on one page', async () => {
    const original = seedReport()
    const files = await publish(original, [{ meta: 5, column: 'achieved', after: '12,5' }])
    const text = new TextDecoder().decode(files.summary.bytes)
    const findings = checkReport(applyEdits(original, [{ meta: 5, column: 'achieved', after: '12,5' }]))
    const errors = findings.filter((f) => f.severity === 'error').length
    expect(text).toContain(original.entity)
    expect(text).toContain('1 celda corregida en 1 meta')
    expect(text).toContain(`Errores ${errors}`)
    expect(text).toContain(`3 de ${original.metas.length} metas revisadas`)
    expect(text.split('\r\n').length).toBeLessThan(40)
  })

  it('counts acknowledged findings apart from the open ones', () => {
    const findings = checkReport(seedReport())
    const firstError = findings.find((f) => f.severity === 'error')!
    const all = openFindings(findings, () => false)
    const acked = openFindings(findings, (f) => f === firstError)
    expect(all.counts.error).toBe(findings.filter((f) => f.severity === 'error').length)
    expect(acked.counts.error).toBe(all.counts.error - 1)
    expect(acked.acknowledged).toBe(1)
  })
})
