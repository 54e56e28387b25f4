// @vitest-environment node
/**
 * The lint configuration (.oxlintrc.json with lint/importLayersPlugin.js) run by the real oxlint on a
 * throwaway tree laid out like src/: each file below is one import, allowed or refused, plus two cycles.
 * (oxlint's in-memory RuleTester needs Node 22, so the files are written to a temporary folder.)
 */
import { execFile } from 'node:child_process'
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

interface Diagnostic {
  readonly code: string
  readonly message: string
  readonly filename: string
}

const UP = 'imports point only down'
const SIDEWAYS = 'a feature never imports another feature'

/** Allowed imports: the file gets no layering diagnostic. */
const ALLOWED: ReadonlyArray<readonly [file: string, code: string]> = [
  ['src/report/view/sortView.ts', "import { COLUMNS } from '../columns'"],
  ['src/report/parseReport.ts', "import ExcelJS from 'exceljs'"],
  ['src/drafts/draftsDb.ts', "import Dexie from 'dexie'\nimport type { Meta } from '../report/types'"],
  ['src/ui/view/ViewProvider.tsx', "import { useState } from 'react'\nimport { openDrafts } from '../../drafts/openDrafts'"],
  ['src/features/grid/toolbar/SearchBox.tsx', "import { ReviewGrid } from '../ReviewGrid'\nimport { Popover } from '../../../ui/Popover'"],
  ['src/features/files/runImport.ts', "new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' })"],
  ['src/app/App.tsx', "import { ReviewGrid } from '../features/grid/ReviewGrid'\nimport '../ui/Popover'"],
  ['src/main.tsx', "import { App } from './app/App'"],
  ['src/cli/main.ts', "import { readFileSync } from 'node:fs'\nimport { parseReport } from '../report/parseReport'"],
  ['src/server/routes.ts', "import { parseReport } from '../report/parseReport'"],
  ['tests/unit/grid/anything.test.ts', "import { App } from '../../../src/app/App'"],
]

/** Refused imports: the file gets one layering diagnostic saying why. */
const REFUSED: ReadonlyArray<readonly [file: string, code: string, why: string]> = [
  ['src/report/upward.ts', "import { Popover } from '../ui/Popover'", UP],
  ['src/report/view/reexport.ts', "export { openDrafts } from '../../drafts/openDrafts'", UP],
  ['src/drafts/lazy.ts', "export const m = () => import('../ui/session/ReportSession')", UP],
  ['src/sync/all.ts', "export * from '../features/workspace/DraftsToolbar'", UP],
  ['src/ui/grid.tsx', "import { ReviewGrid } from '../features/grid/ReviewGrid'", UP],
  ['src/ui/shell.tsx', "import { App } from '../app/App'", 'nothing imports src/app but src/main.tsx'],
  ['src/features/grid/sideways.tsx', "import { ChartsPanel } from '../panels/charts/ChartsPanel'", SIDEWAYS],
  ['src/features/panels/meta/sheet.tsx', "import '../../files/export.css'", SIDEWAYS],
  ['src/features/files/worker.ts', "new Worker(new URL('../grid/x.worker.ts', import.meta.url))", SIDEWAYS],
  ['src/server/drafts.ts', "import { openDrafts } from '../drafts/openDrafts'", 'src/server imports src/report only'],
  ['src/cli/catalog.ts', "import { catalog } from '../ui/i18n/catalog'", 'src/cli imports src/report only'],
  ['src/report/hook.ts', "import { useMemo } from 'react'", 'the domain renders nothing'],
  ['src/report/disk.ts', "import { readFileSync } from 'node:fs'", 'the domain runs in the browser too'],
  ['src/drafts/live.ts', "import { useLiveQuery } from 'dexie-react-hooks'", 'storage renders nothing'],
  ['src/server/dexie.ts', "import Dexie from 'dexie'", 'the server uses no browser storage'],
  ['src/shared/stray.ts', 'export const stray = 1', 'src/shared is in no layer'],
]

const root = process.cwd()
const dir = mkdtempSync(path.join(tmpdir(), 'poa-layers-'))
let exitCode: number | null = null
let diagnostics: readonly Diagnostic[] = []
const layeringOf = (file: string) => diagnostics.filter((d) => d.filename === file && d.code === 'layers(imports)')

function write(file: string, text: string): void {
  mkdirSync(path.dirname(path.join(dir, file)), { recursive: true })
  writeFileSync(path.join(dir, file), `${text}\n`)
}

beforeAll(async () => {
  for (const [file, code] of [...ALLOWED, ...REFUSED]) write(file, code)
  write('src/report/first.ts', "import { second } from './second'\nexport const first = () => second()")
  write('src/report/second.ts', "import { first } from './first'\nexport const second = () => first()")
  write('src/report/view/typeA.ts', "import type { B } from './typeB'\nexport interface A { readonly b?: B }")
  write('src/report/view/typeB.ts', "import type { A } from './typeA'\nexport interface B { readonly a?: A }")
  const oxlint = path.join(root, 'node_modules', '.bin', 'oxlint')
  const args = ['-c', path.join(root, '.oxlintrc.json'), '-f', 'json', 'src', 'tests']
  const { code, stdout } = await new Promise<{ code: number | null; stdout: string }>((resolve) => {
    const child = execFile(oxlint, args, { cwd: dir }, (_error, out) => resolve({ code: child.exitCode, stdout: out }))
  })
  exitCode = code
  diagnostics = (JSON.parse(stdout) as { diagnostics: Diagnostic[] }).diagnostics
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('the layering rule of npm run lint', () => {
  it('fails the run', () => {
    expect(exitCode).toBe(1)
  })

  it.each(ALLOWED)('lets %s import what it does', (file) => {
    expect(layeringOf(file)).toEqual([])
  })

  it.each(REFUSED)('refuses %s: %s', (file, _code, why) => {
    const found = layeringOf(file)
    expect(found).toHaveLength(1)
    expect(found[0]?.message).toContain(why)
  })

  it('reports a two-file import cycle in both files, a cycle of type-only imports too', () => {
    const cycles = diagnostics.filter((d) => d.code === 'import(no-cycle)').map((d) => d.filename)
    expect(cycles.sort()).toEqual(['src/report/first.ts', 'src/report/second.ts', 'src/report/view/typeA.ts', 'src/report/view/typeB.ts'])
  })
})
