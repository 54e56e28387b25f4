#!/usr/bin/env bash
# Every check of the project, in order: lint, types, unit and component tests, production build,
# end-to-end tests in headless Chromium (the static site, then team mode against the team server on a
# throwaway PostgreSQL 15). Ends with "N passed, N failed" read from the runners' JSON.
set -u
cd "$(dirname "$0")/.."
mkdir -p .reports
rm -f .reports/unit.json .reports/e2e.json .reports/e2e-team.json
status=0

echo "== lint (oxlint: hooks rules, import layers, no cycles; oxfmt: format)"
npm run --silent lint || status=1

echo "== type check"
npx tsc --noEmit -p tsconfig.json || status=1

echo "== unit, component and server tests (vitest: jsdom; node on PGlite and PostgreSQL 15)"
npx vitest run --reporter=default --reporter=json --outputFile.json=.reports/unit.json || status=1

echo "== production build"
if npx vite build; then
  echo "== end-to-end tests (Playwright, headless Chromium)"
  npx playwright test || status=1
  echo "== end-to-end tests of team mode (Playwright, headless Chromium; the team server on PostgreSQL 15)"
  npx playwright test -c playwright.team.config.ts || status=1
else
  status=1
fi

node tests/summarize-reports.mjs .reports/unit.json .reports/e2e.json .reports/e2e-team.json || status=1
exit $status
