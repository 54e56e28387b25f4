import { defineConfig } from '@playwright/test'

// PW_PORT and PW_DIST let several people run the suite at once on one machine.
const PORT = Number(process.env.PW_PORT ?? 4173)
const DIST = process.env.PW_DIST ?? 'dist'

export default defineConfig({
  testDir: 'tests/e2e',
  // Team mode runs against the team server on PostgreSQL: playwright.team.config.ts.
  testIgnore: 'team/**',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  reporter: [['list'], ['json', { outputFile: process.env.PW_JSON ?? '.reports/e2e.json' }]],
  outputDir: 'test-results',
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    viewport: { width: 1366, height: 768 },
    locale: 'es-EC',
    acceptDownloads: true,
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort --outDir ${DIST}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
})
