/**
 * The review grid in headless Chromium on the production build, for the seed and for 100,000
 * generated metas served as the embedded report: time to first rows, sort by
 * percentage, search keystroke to updated rows, and frame times while scrolling to the end.
 * Targets at 100,000 metas: sort and search < 150 ms, scroll p95 frame < 20 ms, first rows < 1.5 s.
 */
import { writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { chromium, type Browser, type Page } from 'playwright-core'
import { buildAndServe } from './staticServer'
import { seedReport, seedText } from '../fixtures/seedReport'

const GENERATED_METAS = 100_000
const PORT = Number(process.env.BENCH_GRID_PORT ?? 4179)
const DIST = path.join(tmpdir(), `poa-bench-grid-${process.pid}`)
const BASE = `http://127.0.0.1:${PORT}/`

/** Positions of the long texts (competence, description, indicator, result, contribution). */
const LONG_TEXT_CELLS = [2, 4, 5, 9, 10]
const LONG_TEXT_MAX = 140

/**
 * The seed's title lines and header, then its metas cycled and renumbered up to `count`. Long
 * texts are cut to 140 characters so the file stays near 45 MB (full narratives would make it
 * 130 MB, which measures the network and the parser more than the grid).
 */
function generated(seedText: string, count: number): string {
  const lines = seedText.split('\n')
  const headerAt = lines.findIndex((l) => l.startsWith('OBJETIVOS DEL PLAN'))
  const metaLines = lines.filter((l) => l.split('\t').length === 11 && /^\d+$/.test(l.split('\t')[3]))
  const out = lines.slice(0, headerAt + 2)
  for (let n = 0; n < count; n++) {
    const cells = metaLines[n % metaLines.length].split('\t')
    cells[3] = String(n + 1)
    for (const at of LONG_TEXT_CELLS) cells[at] = cells[at].slice(0, LONG_TEXT_MAX)
    out.push(cells.join('\t'))
  }
  return out.join('\n')
}

// Runs in the page: records when the first data row appears, from navigation start.
const FIRST_ROWS_PROBE = `
  new MutationObserver((_, observer) => {
    if (document.querySelector('[role="grid"] [role="row"][aria-rowindex="2"]')) {
      window.__firstRows = performance.now()
      observer.disconnect()
    }
  }).observe(document, { childList: true, subtree: true })
`

/**
 * Milliseconds from an action in the page to the frame that shows its result: the next animation
 * frame callback runs after the DOM update and right before that frame is painted.
 */
function timedInPage(page: Page, action: string): Promise<number> {
  return page.evaluate<number>(`new Promise((resolve) => {
    const start = performance.now()
    ${action}
    requestAnimationFrame(() => resolve(performance.now() - start))
  })`)
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]
}

/** Measures the app opening the build's embedded report (which the bench replaces for the generated run). */
async function measure(browser: Browser, label: string, metas: number): Promise<Record<string, number>> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'es-EC', serviceWorkers: 'block' })
  const page = await context.newPage()
  await page.addInitScript(FIRST_ROWS_PROBE)
  await page.goto(BASE)
  await page.waitForFunction(`'__firstRows' in window`, undefined, { timeout: 120_000 })
  const firstRows = await page.evaluate<number>('window.__firstRows')
  // When the report file had arrived: what comes after it is parsing, storing the workspace and rendering.
  const downloaded = await page.evaluate<number>(
    `performance.getEntriesByType('resource').filter((e) => e.name.includes('default-report.txt')).map((e) => e.responseEnd)[0] ?? NaN`,
  )
  const rowCount = await page.getByRole('grid').getAttribute('aria-rowcount')
  if (Number(rowCount) !== metas + 1) throw new Error(`${label}: the grid shows ${rowCount} rows for ${metas} metas`)

  const clickSort = `document.querySelector('[role="columnheader"] button[title^="Cumplimiento."]').click()`
  const sortTimes: number[] = []
  for (let i = 0; i < 4; i++) {
    sortTimes.push(await timedInPage(page, clickSort))
    // Let the figures and charts that follow the view catch up before the next click.
    await page.waitForTimeout(500)
  }
  // The search index is built in idle time after the first rows; a user starts typing later than this.
  await page.waitForTimeout(3000)

  const typeSearch = (text: string) => `
    const input = document.querySelector('input[type="search"]')
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set.call(input, ${JSON.stringify(text)})
    input.dispatchEvent(new Event('input', { bubbles: true }))`
  const searchTimes: number[] = []
  for (const text of ['a', 'ag', 'agu', 'agua', 'agu', 'ag', 'a', '']) {
    searchTimes.push(await timedInPage(page, typeSearch(text)))
    await page.waitForTimeout(300)
  }

  // Scroll from top to bottom in 300 frames: every frame shows rows never rendered before.
  // (Page code is passed as text: the bench runner's transpiler would inject helpers the page lacks.)
  const frames = await page.evaluate<number[]>(`new Promise((resolve) => {
    const el = document.querySelector('[role="grid"]')
    el.scrollTop = 0
    const steps = 300
    const stepPx = (el.scrollHeight - el.clientHeight) / steps
    const times = []
    let last = performance.now()
    let i = 0
    const tick = (now) => {
      times.push(now - last)
      last = now
      if (i++ >= steps) return resolve(times.slice(1))
      el.scrollTop = Math.round(i * stepPx)
      requestAnimationFrame(tick)
    }
    requestAnimationFrame(tick)
  })`)
  const reachedEnd = await page.locator(`[role="grid"] [role="row"][aria-rowindex="${metas + 1}"]`).count()
  await context.close()
  if (reachedEnd !== 1) throw new Error(`${label}: scrolling did not reach the last row`)
  return {
    [`${label}: report file received, ms`]: downloaded,
    [`${label}: first rows on screen, ms`]: firstRows,
    // The app's own share, apart from the network.
    [`${label}: first rows after the file arrived, ms`]: firstRows - downloaded,
    [`${label}: sort by percentage, ms (median of 4)`]: percentile(sortTimes, 50),
    [`${label}: sort by percentage, ms (worst)`]: Math.max(...sortTimes),
    [`${label}: search keystroke to rows, ms (median of 8)`]: percentile(searchTimes, 50),
    [`${label}: search keystroke to rows, ms (worst)`]: Math.max(...searchTimes),
    [`${label}: scroll frame, ms (p95 of ${frames.length})`]: percentile(frames, 95),
    [`${label}: scroll frame, ms (median)`]: percentile(frames, 50),
  }
}

export default async function (): Promise<Record<string, number | string>> {
  const server = await buildAndServe(DIST, PORT)
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  })
  try {
    const seedFigures = await measure(browser, 'seed', seedReport().metas.length)
    // The bench's own build serves the generated report as its embedded one: no interception in
    // between (routing 73 MB through the DevTools protocol would be timed too).
    const big = generated(seedText(), GENERATED_METAS)
    writeFileSync(path.join(DIST, 'default-report.txt'), big)
    writeFileSync(path.join(DIST, 'default-report.txt.gz'), gzipSync(big))
    return {
      ...seedFigures,
      'generated: metas': GENERATED_METAS,
      'generated: size, MB': Buffer.byteLength(big) / 1024 / 1024,
      ...(await measure(browser, 'generated', GENERATED_METAS)),
    }
  } finally {
    await browser.close()
    server.close()
  }
}
