/**
 * Commit to "Guardado" in real Chromium with real IndexedDB: from the Enter that commits a grid
 * edit to the save indicator saying the edit is stored, over 30 edits of the embedded report.
 */
import { tmpdir } from 'node:os'
import path from 'node:path'
import { chromium } from 'playwright-core'
import { buildAndServe } from './staticServer'

const PORT = Number(process.env.BENCH_SAVE_PORT ?? 4178)
const DIST = path.join(tmpdir(), `poa-bench-save-${process.pid}`)
const EDITS = 30

// Runs in the page: the time from each committing Enter to the indicator's next "saved" state,
// counted only once it has left "saved" (so an earlier edit's state is never taken for this one's).
// The state is read as the user reads it: the text of the drafts toolbar's status.
const SAVE_PROBE = `
  window.__saveTimes = []
  let started = null
  let left = false
  document.addEventListener('keydown', (e) => { if (e.key === 'Enter') { started = performance.now(); left = false } }, true)
  new MutationObserver(() => {
    if (started === null) return
    const saved = document.querySelector('[role="toolbar"][aria-label="Borradores"] [role="status"]')?.textContent === 'Guardado'
    if (!saved) left = true
    else if (left) {
      window.__saveTimes.push(performance.now() - started)
      started = null
    }
  }).observe(document, { subtree: true, childList: true, characterData: true })
`

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]
}

export default async function (): Promise<Record<string, number>> {
  const server = await buildAndServe(DIST, PORT)
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  })
  try {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'es-EC' })
    await page.addInitScript(SAVE_PROBE)
    await page.goto(`http://127.0.0.1:${PORT}/`)
    const grid = page.getByRole('grid', { name: 'Metas del informe' })
    const status = page.getByRole('status').filter({ hasText: 'Guardado' })
    await status.waitFor()
    for (let i = 0; i < EDITS; i++) {
      await grid
        .locator(`[role="row"][aria-rowindex="${(i % 10) + 2}"]`)
        .getByRole('gridcell')
        .nth(2)
        .click()
      await page.keyboard.type(String(100 + i))
      await page.keyboard.press('Enter')
      await page.waitForFunction(`window.__saveTimes.length === ${i + 1}`, undefined, { timeout: 10_000 })
    }
    const times = await page.evaluate<number[]>('window.__saveTimes')
    return {
      'edits measured': times.length,
      'commit to "Guardado" p50, ms': percentile(times, 50),
      'commit to "Guardado" p95, ms': percentile(times, 95),
    }
  } finally {
    await browser.close()
    server.close()
  }
}
