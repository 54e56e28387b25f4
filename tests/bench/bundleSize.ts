/**
 * The built app's JavaScript as a browser downloads it: gzip sizes of what index.html loads at
 * start, of what the report page adds (fetched while the app asks for a team server, needed for
 * the first rows), and how many built files carry exceljs. Reads the build's manifest
 * (`vite build --manifest`).
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'

export interface BundleSizes {
  /** Scripts and module preloads named by index.html, kB gzip each. */
  readonly initial: ReadonlyMap<string, number>
  readonly initialTotal: number
  /** The chunks the report page's module imports statically beyond the initial ones, kB gzip each. */
  readonly reportPage: ReadonlyMap<string, number>
  readonly reportPageTotal: number
  /** Built JavaScript files that carry exceljs (its workbook class), page chunks and workers alike. */
  readonly exceljsCopies: number
}

interface ManifestChunk {
  readonly file: string
  readonly imports?: readonly string[]
}

const REPORT_PAGE = 'src/app/ReportPage.tsx'
const gzipKb = (file: string) => gzipSync(readFileSync(file)).length / 1024
const sum = (sizes: ReadonlyMap<string, number>) => [...sizes.values()].reduce((a, b) => a + b, 0)

export function bundleSizes(dist: string): BundleSizes {
  const html = readFileSync(path.join(dist, 'index.html'), 'utf8')
  const initial = new Map<string, number>()
  for (const [, file] of html.matchAll(/(?:src|href)="\/?(assets\/[^"]+\.js)"/g)) initial.set(file, gzipKb(path.join(dist, file)))
  const manifest = JSON.parse(readFileSync(path.join(dist, '.vite/manifest.json'), 'utf8')) as Record<string, ManifestChunk>
  const reportPage = new Map<string, number>()
  const visit = (key: string) => {
    const chunk = manifest[key]
    if (!chunk || !chunk.file.endsWith('.js') || initial.has(chunk.file) || reportPage.has(chunk.file)) return
    reportPage.set(chunk.file, gzipKb(path.join(dist, chunk.file)))
    for (const next of chunk.imports ?? []) visit(next)
  }
  visit(REPORT_PAGE)
  if (reportPage.size === 0) throw new Error(`the build's manifest has no ${REPORT_PAGE}`)
  const assets = path.join(dist, 'assets')
  const exceljsCopies = readdirSync(assets)
    .filter((f) => f.endsWith('.js'))
    .filter((f) => readFileSync(path.join(assets, f), 'utf8').includes('get xlsx()')).length
  return { initial, initialTotal: sum(initial), reportPage, reportPageTotal: sum(reportPage), exceljsCopies }
}
