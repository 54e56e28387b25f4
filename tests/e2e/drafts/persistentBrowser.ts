import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { chromium, expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test'

const EXECUTABLE = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']

export function newProfileDir(): string {
  return mkdtempSync(path.join(tmpdir(), 'poa-drafts-profile-'))
}

export function baseUrl(): string {
  const url = test.info().project.use.baseURL
  if (!url) throw new Error('playwright.config.ts sets no baseURL')
  return url
}

/** Chromium on a profile directory that outlives it, as a user's browser does. */
export function launchProfile(dir: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(dir, { executablePath: EXECUTABLE, args: ARGS, headless: true, locale: 'es-EC', viewport: { width: 1366, height: 768 } })
}

/**
 * Chromium started as our own child process on the profile, driven over CDP, so the test can
 * SIGKILL the very browser process (no shutdown, no flush) and start it again.
 */
export async function spawnBrowser(dir: string): Promise<{ browser: Browser; process: ChildProcess; page: Page }> {
  const child = spawn(EXECUTABLE, [...ARGS, '--headless=new', '--remote-debugging-port=0', `--user-data-dir=${dir}`, 'about:blank'], { stdio: ['ignore', 'ignore', 'pipe'] })
  const endpoint = await new Promise<string>((resolve, reject) => {
    let seen = ''
    const timer = setTimeout(() => reject(new Error(`Chromium did not start: ${seen}`)), 30_000)
    child.stderr?.on('data', (chunk: Buffer) => {
      seen += chunk.toString()
      const match = /DevTools listening on (ws:\/\/\S+)/.exec(seen)
      if (match) {
        clearTimeout(timer)
        resolve(match[1]!)
      }
    })
    child.on('exit', (code) => reject(new Error(`Chromium exited (${code}): ${seen}`)))
  })
  const browser = await chromium.connectOverCDP(endpoint)
  const context = browser.contexts()[0]!
  const page = await context.newPage()
  await page.setViewportSize({ width: 1366, height: 768 })
  return { browser, process: child, page }
}

export async function killBrowser(child: ChildProcess): Promise<void> {
  const exited = new Promise((resolve) => child.once('exit', resolve))
  child.kill('SIGKILL')
  await exited
}

/** The narrative editor of the result of the meta open in the side panel. */
export function resultEditor(page: Page) {
  return page.getByRole('textbox', { name: /^Descripción del resultado/ })
}

/** Opens the meta in the side panel and replaces its result narrative; resolves once saved. */
export async function editResult(page: Page, meta: number, text: string): Promise<void> {
  await page.goto(`${baseUrl()}/?meta=${meta + 1}`)
  const editor = resultEditor(page)
  await editor.fill(text)
  await editor.press('Control+Enter')
  await expect(saveIndicator(page)).toHaveText(/^Guardado/)
}

export function saveIndicator(page: Page) {
  return page.getByRole('toolbar', { name: 'Borradores' }).getByRole('status')
}
