import { defineConfig } from '@playwright/test'
import staticConfig from './playwright.config'

// Team mode end to end: the team server (tsx src/server/main.ts, serving ./dist) on a throwaway
// PostgreSQL 15 cluster that the global setup starts; each test starts the servers it needs, on
// ports from PW_TEAM_PORTS ("4210-4219") when set, else free ones. Same browser as the static suite.
const { baseURL: _staticSite, ...browserOptions } = staticConfig.use ?? {}

export default defineConfig({
  testDir: 'tests/e2e/team',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  globalSetup: './tests/e2e/team/globalSetup.ts',
  reporter: [['list'], ['json', { outputFile: process.env.PW_TEAM_JSON ?? '.reports/e2e-team.json' }]],
  outputDir: 'test-results/team',
  use: browserOptions,
})
