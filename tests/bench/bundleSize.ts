/** The built app's JavaScript as a browser downloads it: gzip sizes of what index.html loads at start, and of every chunk. */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'

export interface BundleSizes {
  /** Scripts and module preloads named by index.html, kB gzip each. */
  readonly initial: ReadonlyMap<string, number>
  readonly initialTotal: number
  /** Built JavaScript files that carry exceljs (its workbook class), page chunks and workers alike. */
  readonly exceljsCopies: number
}

const gzipKb = (file: string) => gzipSync(readFileSync(file)).length / 1024

export function bundleSizes(dist: string): BundleSizes {
  const html = readFileSync(path.join(dist, 'index.html'), 'utf8')
  const initial = new Map<string, number>()
  for (const [, file] of html.matchAll(/(?:src|href)="\/?(assets\/[^"]+\.js)"/g)) initial.set(file, gzipKb(path.join(dist, file)))
  const assets = path.join(dist, 'assets')
  const exceljsCopies = readdirSync(assets)
    .filter((f) => f.endsWith('.js'))
    .filter((f) => readFileSync(path.join(assets, f), 'utf8').includes('get xlsx()')).length
  return { initial, initialTotal: [...initial.values()].reduce((a, b) => a + b, 0), exceljsCopies }
}
