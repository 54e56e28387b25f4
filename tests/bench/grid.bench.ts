/**
 * The review grid in headless Chromium on the production build, at the report's size (351 metas),
 * 10,000 and 100,000 generated metas served as the embedded report. Each figure is taken beside a
 * plain baseline computed in the same page on the same rows (tests/bench/gridBaselines.ts) and
 * printed as a ratio to it. Targets at every size: a repeated search keystroke ≤ 1.5× the folded
 * substring scan + one frame; sort ≤ 1.2× Array.prototype.sort + one frame; scroll p95 within one
 * frame at 351; at 100,000 the file's first byte → first rows ≤ 2× the plain parse (decoding and
 * splitting the same bytes, download not included); no long task over 200 ms
 * while typing. Also the initial JavaScript (gzip, target ≤ 200 kB) and the memory at 100,000 (the
 * JS heap, and a heap snapshot's total, which counts the strings the heap figure leaves out).
 */
import { writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { chromium, type Browser, type Page } from 'playwright-core'
import { buildAndServe } from './staticServer'
import { bundleSizes } from './bundleSize'
import { snapshotMb } from './heapSnapshot'
import { afterPaint, IDLE_WORK_DONE, LONG_TASK_PROBE, PLAIN_BASELINES, QUIET, SCROLL_TO_END, typeSearch } from './gridBaselines'
import { seedReport } from '../fixtures/seedReport'
import { manyMetasText } from '../fixtures/manyMetas'

/** `npm run bench -- grid --sizes=seed,100000` measures only those sizes (default: all three). */
const SIZES = (process.argv.find((a) => a.startsWith('--sizes='))?.slice('--sizes='.length) ?? 'seed,10000,100000').split(',')
const GENERATED_SIZES = [10_000, 100_000].filter((n) => SIZES.includes(String(n)))
const PORT = Number(process.env.BENCH_GRID_PORT ?? 4179)
const DIST = path.join(tmpdir(), `poa-bench-grid-${process.pid}`)
const BASE = `http://127.0.0.1:${PORT}/`
const FRAME_MS = 1000 / 60
/** Clicks per direction: the median of nine (of five, one busy moment on the shared machine could make the figure). */
const SORT_ROUNDS = 9
const INITIAL_JS_BUDGET_KB = 200

/** Long texts are cut to this so the 100,000-meta file stays near 73 MB (full narratives would make it 130 MB, which measures the network and the parser more than the grid). */
const LONG_TEXT_MAX = 140
/** Typed forward one letter at a time, then erased the same way. */
const GROWING = ['g', 'ge', 'ges', 'gest', 'gesti', 'gestio', 'gestion']
const SHRINKING = [...GROWING].reverse().slice(1)

// Runs in the page: records when the first data row appears, from navigation start.
const FIRST_ROWS_PROBE = `
  new MutationObserver((_, observer) => {
    if (document.querySelector('[role="grid"] [role="row"][aria-rowindex="2"]')) {
      window.__firstRows = performance.now()
      observer.disconnect()
    }
  }).observe(document, { childList: true, subtree: true })
`

const median = (values: number[]) => percentile(values, 50)
function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]
}
const mark = (ok: boolean) => (ok ? 'met' : 'NOT met')

async function shownRows(page: Page): Promise<number> {
  return Number(await page.getByRole('grid').getAttribute('aria-rowcount')) - 1
}

/** Types `queries` one input event each; per query the time to the painted rows and the plain scan of it. */
async function typeAll(page: Page, queries: string[]): Promise<Array<{ ms: number; scanMs: number; rows: number; plainRows: number }>> {
  const out = []
  for (const query of queries) {
    const ms = await page.evaluate<number>(afterPaint(typeSearch(query)))
    const rows = await shownRows(page)
    // Let the URL, figures and charts that follow the view catch up, as between a person's keystrokes.
    await page.waitForTimeout(150)
    const plain = await page.evaluate<{ ms: number; count: number }>(`window.__plain.scan(${JSON.stringify(query)})`)
    out.push({ ms, scanMs: plain.ms, rows, plainRows: plain.count })
  }
  return out
}

/** Measures the app opening the build's embedded report (which the bench replaces for the generated runs). */
async function measure(browser: Browser, label: string, metas: number): Promise<Record<string, number | string>> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'es-EC', serviceWorkers: 'block' })
  const page = await context.newPage()
  await page.addInitScript(FIRST_ROWS_PROBE + LONG_TASK_PROBE)
  await page.goto(BASE)
  await page.waitForFunction(`'__firstRows' in window`, undefined, { timeout: 180_000 })
  const firstRows = await page.evaluate<number>('window.__firstRows')
  // When the report file's first and last bytes arrived. The app reads it as it arrives, so how
  // much is left after the last byte depends on how fast the bytes come, which the page does not
  // decide: the target is taken from the first byte, download included.
  const [firstByte, downloaded] = await page.evaluate<[number, number]>(
    `(([e]) => (e ? [e.responseStart, e.responseEnd] : [NaN, NaN]))(performance.getEntriesByType('resource').filter((e) => e.name.includes('default-report.txt')))`,
  )
  // The page's longest task until then: the parse runs as the file arrives, so the page keeps answering while it loads.
  const loadingTask = await page.evaluate<number>(`Math.max(0, ...window.__longTasks.filter((t) => t.start < ${firstRows}).map((t) => t.ms))`)
  if ((await shownRows(page)) !== metas) throw new Error(`${label}: the grid shows ${await shownRows(page)} rows for ${metas} metas`)
  // The search index and the sort keys are built in idle time after the first rows; a user starts typing later than this.
  await page.waitForFunction(QUIET, undefined, { timeout: 180_000, polling: 250 })
  await page.evaluate(IDLE_WORK_DONE)
  // After the first rows the findings are checked and the search index is built, while the user may already be scrolling.
  const settlingTask = await page.evaluate<number>(`Math.max(0, ...window.__longTasks.filter((t) => t.start >= ${firstRows}).map((t) => t.ms))`)
  const cdp = await context.newCDPSession(page)
  await cdp.send('HeapProfiler.collectGarbage')
  const heap = await cdp.send('Runtime.getHeapUsage')
  const plainMetas = await page.evaluate<number>(PLAIN_BASELINES)
  if (plainMetas !== metas) throw new Error(`${label}: the plain parse found ${plainMetas} metas`)
  const parseMs = await page.evaluate<number>('window.__plain.parseMs')

  const clickSort = `document.querySelector('[role="columnheader"] button[title^="Cumplimiento."]').click()`
  const sortHeader = page.locator('[role="columnheader"]', { has: page.locator('button[title^="Cumplimiento."]') })
  const sorts = { ascending: [] as number[], descending: [] as number[] }
  const plainSorts = { ascending: [] as number[], descending: [] as number[] }
  for (let round = 0; round < SORT_ROUNDS; round++) {
    for (const direction of ['ascending', 'descending'] as const) {
      sorts[direction].push(await page.evaluate<number>(afterPaint(clickSort)))
      if ((await sortHeader.getAttribute('aria-sort')) !== direction) throw new Error(`${label}: the click did not sort ${direction}`)
      await page.waitForTimeout(300)
      plainSorts[direction].push(await page.evaluate<number>(`window.__plain.sort(${direction === 'descending'})`))
    }
    // Third click: back to report order.
    await page.evaluate<number>(afterPaint(clickSort))
    await page.waitForTimeout(300)
  }

  // The layers the compositor gets after a sort: each one is painted, layerized and committed on every frame that changes it.
  await cdp.send('LayerTree.enable')
  const layerTree = new Promise<number>((resolve) =>
    cdp.on('LayerTree.layerTreeDidChange', (e) => {
      if (e.layers) resolve(e.layers.filter((layer) => layer.drawsContent).length)
    }),
  )
  await page.evaluate(afterPaint(clickSort))
  const layers = await layerTree
  await cdp.send('LayerTree.disable')
  await page.evaluate(afterPaint(clickSort))
  await page.evaluate(afterPaint(clickSort))
  await page.waitForTimeout(300)

  const typingFrom = await page.evaluate<number>('performance.now()')
  const [first, ...growing] = await typeAll(page, GROWING)
  const shrinking = await typeAll(page, SHRINKING)
  await typeAll(page, [''])
  const longestTask = await page.evaluate<number>(`Math.max(0, ...window.__longTasks.filter((t) => t.start >= ${typingFrom}).map((t) => t.ms))`)
  for (const k of [first, ...growing, ...shrinking]) {
    if (k.rows !== k.plainRows) throw new Error(`${label}: the grid shows ${k.rows} rows where the plain scan finds ${k.plainRows}`)
  }

  const frames = await page.evaluate<number[]>(SCROLL_TO_END)
  const reachedEnd = await page.locator(`[role="grid"] [role="row"][aria-rowindex="${metas + 1}"]`).count()
  // Last: a snapshot slows the page down for a while. The baselines' own rows are let go first.
  await page.evaluate('delete window.__plain')
  const snapshot = await snapshotMb(cdp)
  await context.close()
  if (reachedEnd !== 1) throw new Error(`${label}: scrolling did not reach the last row`)

  const repeated = [...growing, ...shrinking]
  const keystroke = median(repeated.map((k) => k.ms))
  const scan = median(repeated.map((k) => k.scanMs))
  const sortMs = Math.max(median(sorts.ascending), median(sorts.descending))
  const plainSort = Math.max(median(plainSorts.ascending), median(plainSorts.descending))
  const importMs = firstRows - firstByte
  const scrollP95 = percentile(frames, 95)
  const figures: Record<string, number | string> = {
    [`${label}: plain parse of the file (decode and split), ms`]: parseMs,
    [`${label}: file's first byte → first rows, ms`]: importMs,
    [`${label}: file's last byte → first rows, ms`]: firstRows - downloaded,
    [`${label}: file → first rows / plain parse`]: importMs / parseMs,
    [`${label}: page opened → first rows, ms`]: firstRows,
    [`${label}: longest task until the first rows, ms`]: loadingTask,
    [`${label}: longest task after the first rows (findings check, search index), ms`]: settlingTask,
    [`${label}: JS heap with the report open, MB`]: heap.usedSize / 1024 / 1024,
    [`${label}: heap snapshot at the end (strings outside the heap included), MB`]: snapshot,
    [`${label}: first keystroke ('g') → painted, ms`]: first.ms,
    [`${label}: keystroke growing → painted, ms (median)`]: median(growing.map((k) => k.ms)),
    [`${label}: keystroke shrinking → painted, ms (median)`]: median(shrinking.map((k) => k.ms)),
    [`${label}: keystroke repeated, worst, ms`]: Math.max(...repeated.map((k) => k.ms)),
    [`${label}: plain folded scan, ms (median)`]: scan,
    [`${label}: keystroke / plain scan`]: keystroke / scan,
    [`${label}: keystroke ≤ 1.5× scan + 1 frame`]: mark(keystroke <= 1.5 * scan + FRAME_MS),
    [`${label}: longest task while typing, ms`]: longestTask,
    [`${label}: no long task over 200 ms`]: mark(longestTask <= 200),
    [`${label}: sort asc / desc → painted, ms (medians)`]: `${median(sorts.ascending).toFixed(1)} / ${median(sorts.descending).toFixed(1)}`,
    [`${label}: Array.prototype.sort asc / desc, ms`]: `${median(plainSorts.ascending).toFixed(1)} / ${median(plainSorts.descending).toFixed(1)}`,
    [`${label}: sort / plain sort (slower direction)`]: sortMs / plainSort,
    [`${label}: sort ≤ 1.2× plain sort + 1 frame`]: mark(sortMs <= 1.2 * plainSort + FRAME_MS),
    [`${label}: composited layers drawn after a sort`]: layers,
    [`${label}: scroll frame, ms (p95 of ${frames.length})`]: scrollP95,
    [`${label}: scroll frame, ms (median)`]: median(frames),
  }
  if (label === 'seed') figures[`${label}: scroll p95 within one frame`] = mark(scrollP95 <= FRAME_MS + 1)
  if (metas >= 100_000) figures[`${label}: first byte → first rows ≤ 2× plain parse`] = mark(importMs <= 2 * parseMs)
  return figures
}

export default async function (): Promise<Record<string, number | string>> {
  const server = await buildAndServe(DIST, PORT)
  const sizes = bundleSizes(DIST)
  const bundle: Record<string, number | string> = {}
  for (const [file, kb] of sizes.initial) bundle[`initial JS: ${file.replace(/^assets\//, '')}, kB gzip`] = kb
  bundle['initial JS: total, kB gzip'] = sizes.initialTotal
  bundle[`initial JS ≤ ${INITIAL_JS_BUDGET_KB} kB gzip`] = mark(sizes.initialTotal <= INITIAL_JS_BUDGET_KB)
  for (const [file, kb] of sizes.reportPage) bundle[`report page JS: ${file.replace(/^assets\//, '')}, kB gzip`] = kb
  bundle['report page JS (fetched at start, for the first rows): total, kB gzip'] = sizes.reportPageTotal
  bundle['initial + report page JS, kB gzip'] = sizes.initialTotal + sizes.reportPageTotal
  bundle['built files carrying exceljs'] = sizes.exceljsCopies
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  })
  try {
    let figures = { ...bundle, ...(SIZES.includes('seed') ? await measure(browser, 'seed', seedReport().metas.length) : {}) }
    for (const count of GENERATED_SIZES) {
      // The bench's own build serves the generated report as its embedded one: no interception in
      // between (routing 73 MB through the DevTools protocol would be timed too).
      const big = manyMetasText(count, LONG_TEXT_MAX)
      writeFileSync(path.join(DIST, 'default-report.txt'), big)
      writeFileSync(path.join(DIST, 'default-report.txt.gz'), gzipSync(big))
      const label = `${count / 1000}k`
      const fileMb = Buffer.byteLength(big) / 1024 / 1024
      const measured = await measure(browser, label, count)
      const heapMb = Number(measured[`${label}: heap snapshot at the end (strings outside the heap included), MB`])
      figures = { ...figures, [`${label}: file size, MB`]: fileMb, ...measured, [`${label}: heap snapshot / file size`]: heapMb / fileMb }
    }
    return figures
  } finally {
    await browser.close()
    server.close()
  }
}
