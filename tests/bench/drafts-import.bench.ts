/**
 * Importing a 100,000-meta report by the Importar dialog, in headless Chromium on the production
 * build: time from choosing the file to the new workspace on screen, and how long the page is
 * blocked meanwhile (the longest main-thread task, and the sum of tasks over 50 ms, from the
 * browser's Long Tasks API). The worker reads and checks the file; the page parses it once to open
 * it (cheaper than receiving the worker's parsed report: structured clone costs more than the parse).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { chromium } from 'playwright-core'
import { formatNumber } from '../../src/report/numbers'
import { manyMetasText } from '../fixtures/manyMetas'

const METAS = 100_000
const PORT = Number(process.env.BENCH_DRAFTS_PORT ?? 4183)
const DIST = '/tmp/poa-bench-drafts-dist'
const BASE = `http://127.0.0.1:${PORT}/`

async function preview(): Promise<ChildProcess> {
  if (spawnSync('npx', ['vite', 'build', '--outDir', DIST, '--emptyOutDir'], { stdio: 'ignore' }).status !== 0) throw new Error('vite build failed')
  const server = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort', '--outDir', DIST], { stdio: 'ignore', detached: true })
  for (let i = 0; i < 100; i++) {
    if (
      await fetch(BASE).then(
        (r) => r.ok,
        () => false,
      )
    )
      return server
    await new Promise((r) => setTimeout(r, 200))
  }
  throw new Error('vite preview did not start')
}

// Runs in the page (as text: the bench's transpiler would inject helpers the page lacks).
const WATCH_LONG_TASKS = `window.__longTasks = []
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longTasks.push(e.duration) }).observe({ type: 'longtask' })`

export default async function (): Promise<Record<string, number | string>> {
  const dir = mkdtempSync(path.join(tmpdir(), 'poa-bench-import-'))
  const file = path.join(dir, 'informe-100000.txt')
  writeFileSync(file, manyMetasText(METAS))
  const server = await preview()
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  })
  try {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'es-EC', serviceWorkers: 'block' })
    const page = await context.newPage()
    await page.goto(BASE)
    await page.getByRole('grid').waitFor({ timeout: 60_000 })
    await page.getByRole('toolbar', { name: 'Acciones del informe' }).getByRole('button', { name: 'Importar' }).click()
    const input = page.getByRole('dialog', { name: 'Importar un informe' }).getByLabel('Archivo del informe (TSV, CSV o XLSX)')
    await page.evaluate(WATCH_LONG_TASKS)
    const start = Date.now()
    await input.setInputFiles(file)
    await page
      .getByRole('banner')
      .getByText(`${formatNumber(METAS)} metas`)
      .waitFor({ timeout: 300_000 })
    const total = Date.now() - start
    // Tasks end before they are reported: give the last one time to arrive.
    await page.waitForTimeout(500)
    const tasks = await page.evaluate<number[]>('window.__longTasks')
    // A reload reopens the stored workspace: its bytes read from IndexedDB and parsed on the page.
    const reloadStart = Date.now()
    await page.reload()
    await page
      .getByRole('banner')
      .getByText(`${formatNumber(METAS)} metas`)
      .waitFor({ timeout: 300_000 })
    const reopen = Date.now() - reloadStart
    await context.close()
    return {
      'import 100,000 metas: size, MB': Buffer.byteLength(readFileSync(file)) / 1024 / 1024,
      'import 100,000 metas: file chosen to workspace shown, ms': total,
      'import 100,000 metas: longest main-thread task, ms': Math.max(0, ...tasks),
      'import 100,000 metas: main thread blocked (tasks > 50 ms), ms': tasks.reduce((a, b) => a + b, 0),
      'reload reopening it: to workspace shown, ms': reopen,
    }
  } finally {
    await browser.close()
    if (server.pid) process.kill(-server.pid)
    rmSync(dir, { recursive: true, force: true })
  }
}
