/**
 * An XLSX-sourced report back to XLSX in its own layout: every sheet, every row in its place,
 * unedited cells with the value and number format they had, edited cells typed by their column (a
 * fraction column's percentages as fractions). A group cell merged over metas of which one was
 * edited is unmerged, each of its cells holding its own meta's value.
 */
import { columnDef, typedReportCell } from './columns'
import { fillMergedDown, mergedRanges } from './mapping/mergedRanges'
import { filePercentValue } from './mapping/percentScale'
import { editedPositions } from './serializeSource'
import type { ColumnKey, Report, SourceInfo, XlsxSourceCell } from './types'
import { xlsxCell, xlsxCellText } from './xlsxCells'
import { writeWorkbook, type SheetRow, type SheetSpec } from './xlsxWorkbook'

function editedCell(source: SourceInfo, key: ColumnKey, text: string, was: XlsxSourceCell | undefined): XlsxSourceCell {
  const fraction = key === 'percent' ? filePercentValue(text, source.mapping?.percentScale ?? 'points') : null
  if (fraction !== null) return was?.numFmt ? { value: fraction, numFmt: was.numFmt } : { value: fraction }
  return xlsxCell(typedReportCell(columnDef(key), text))
}

/** The report's own sheet: its rows with the edits, and its merges less those an edit splits. */
function reportSheet(report: Report): { rows: SheetRow[]; merges: string[] } {
  const { source } = report
  const cells = source.rows.map((row) => (row.xlsx ?? []).slice())
  // Each row's text as read (group cells filled down), to tell edited cells from unedited ones.
  const texts = cells.map((row) => row.map(xlsxCellText))
  fillMergedDown(texts, source.xlsxMerges ?? [])
  const lineIndex = new Map(source.rows.map((row, i) => [row.line, i]))
  const edited = new Set<string>()
  source.rows.forEach((row, i) => {
    if (row.meta === null) return
    const meta = report.metas[row.meta]!
    for (const at of editedPositions(source, texts[i]!, meta)) {
      const key = source.columns[at]!
      while (cells[i]!.length <= at) cells[i]!.push({ value: null })
      cells[i]![at] = editedCell(source, key, meta.cells[key], row.xlsx?.[at])
      edited.add(`${row.line}:${at + 1}`)
    }
  })
  const merges: string[] = []
  for (const [n, range] of mergedRanges(source.xlsxMerges ?? []).entries()) {
    const lines: number[] = []
    for (let line = range.top; line <= range.bottom; line++) lines.push(line)
    if (range.bottom === range.top || !lines.some((line) => edited.has(`${line}:${range.left}`))) {
      merges.push(source.xlsxMerges![n]!)
      continue
    }
    const master = cells[lineIndex.get(range.top) ?? -1]?.[range.left - 1]
    for (const line of lines.slice(1)) {
      const i = lineIndex.get(line)
      if (i === undefined || edited.has(`${line}:${range.left}`) || !master) continue
      while (cells[i]!.length < range.left) cells[i]!.push({ value: null })
      cells[i]![range.left - 1] = master
    }
  }
  return { rows: source.rows.map((row, i) => ({ number: row.line, cells: cells[i]! })), merges }
}

export async function writeSourceXlsx(report: Report): Promise<Uint8Array> {
  const { source } = report
  const own = reportSheet(report)
  const sheets = source.xlsxSheets ?? [{ name: source.sheetName ?? 'Hoja1', rows: null, merges: [] }]
  const specs: SheetSpec[] = sheets.map((sheet) =>
    sheet.rows === null
      ? { name: sheet.name, rows: own.rows, merges: own.merges }
      : { name: sheet.name, rows: sheet.rows.map((row) => ({ number: row.line, cells: row.xlsx })), merges: sheet.merges },
  )
  return writeWorkbook(specs)
}
