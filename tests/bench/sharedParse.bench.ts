/**
 * Where a shared report's original is parsed for its session (src/ui/session/parseOriginal.ts),
 * which needs the report on the page: parsed on the page, the page pays the parse; parsed in a
 * worker, it pays receiving the report (a structured clone's deserialization, v8.deserialize here).
 * A text report of 100,000 metas and an XLSX one of 20,000, medians of 3 runs in Node. Target: the
 * path chosen for each format blocks the page less, so receive/parse > 1 for text, < 1 for XLSX.
 */
import v8 from 'node:v8'
import ExcelJS from 'exceljs'
import { parseReportFile } from '../../src/report/parseReport'
import type { Report } from '../../src/report/types'
import { seedRows } from '../fixtures/seedReport'

const TEXT_METAS = 100_000
const XLSX_METAS = 20_000

/** The seed's title and header rows, then its meta rows cycled and renumbered up to `count`. */
function rows(count: number): string[][] {
  const seed = seedRows()
  const header = seed.findIndex((cells) => cells[0]?.startsWith('OBJETIVOS DEL PLAN'))
  const metas = seed.filter((cells) => cells.length === 11 && /^\d+$/.test(cells[3]!))
  const out = seed.slice(0, header + 2)
  for (let n = 0; n < count; n++) out.push(metas[n % metas.length]!.with(3, String(n + 1)))
  return out
}

async function asXlsx(table: string[][]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet('POA')
  table.forEach((cells, r) => (sheet.getRow(r + 1).values = cells))
  return new Uint8Array(await workbook.xlsx.writeBuffer())
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!

async function timed<T>(work: () => Promise<T> | T): Promise<{ ms: number; value: T }> {
  const started = performance.now()
  const value = await work()
  return { ms: performance.now() - started, value }
}

async function parseAndReceive(bytes: Uint8Array, fileName: string): Promise<{ parse: number; receive: number }> {
  const parses: number[] = []
  const receives: number[] = []
  for (let run = 0; run < 3; run++) {
    const parsed = await timed(() => parseReportFile(bytes, fileName))
    if (!parsed.value.ok) throw new Error(`${fileName} does not parse: ${parsed.value.error.message.en}`)
    const clone = v8.serialize(parsed.value.report)
    const received = await timed(() => v8.deserialize(clone) as Report)
    if (received.value.metas.length !== parsed.value.report.metas.length) throw new Error('the clone lost metas')
    parses.push(parsed.ms)
    receives.push(received.ms)
  }
  return { parse: median(parses), receive: median(receives) }
}

export default async function (): Promise<Record<string, number | string>> {
  const text = new TextEncoder().encode(
    rows(TEXT_METAS)
      .map((cells) => cells.join('\t'))
      .join('\n'),
  )
  const xlsx = await asXlsx(rows(XLSX_METAS))
  const onText = await parseAndReceive(text, 'informe.txt')
  const onXlsx = await parseAndReceive(xlsx, 'informe.xlsx')
  const textRatio = onText.receive / onText.parse
  const xlsxRatio = onXlsx.receive / onXlsx.parse
  return {
    'text 100,000 metas: parse on the page (ms)': onText.parse,
    'text 100,000 metas: receive from a worker (ms)': onText.receive,
    'text: receive / parse (target > 1: parse here)': textRatio,
    'xlsx 20,000 metas: parse on the page (ms)': onXlsx.parse,
    'xlsx 20,000 metas: receive from a worker (ms)': onXlsx.receive,
    'xlsx: receive / parse (target < 1: parse in a worker)': xlsxRatio,
    'targets met': textRatio > 1 && xlsxRatio < 1 ? 'yes' : 'no',
  }
}
