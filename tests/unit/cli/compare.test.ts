// @vitest-environment node
import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseNumber } from '../../../src/report/numbers'
import { SEED_PATH, seedReport } from '../../fixtures/seedReport'
import { copyText, editedSeedText, seedCopyRows, type CellEditSpec } from '../../fixtures/seedCopies'

const MAIN = path.resolve(process.cwd(), 'src/cli/main.ts')
const dir = mkdtempSync(path.join(tmpdir(), 'poa-cli-compare-'))
const seed = seedReport()

function cli(...args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', MAIN, ...args], { encoding: 'utf8', cwd: process.cwd() })
  return { code: run.status, stdout: run.stdout, stderr: run.stderr }
}

const edits: CellEditSpec[] = [
  { meta: 0, column: 'achieved', after: '4' },
  { meta: 9, column: 'result', after: 'Resultado corregido por la secretaría.' },
  { meta: 42, column: 'percent', after: '77,70%' },
]
const edited = path.join(dir, 'corregido.txt')
writeFileSync(edited, editedSeedText(edits))

const number = (text: string) => {
  const n = parseNumber(text)
  return n.ok ? n.value : null
}

describe('npm run cli -- compare', () => {
  it('names each changed cell by meta number and column key in its JSON, with before, after and delta', () => {
    const { code, stdout } = cli('compare', SEED_PATH, edited, '--json')
    expect(code).toBe(0)
    const json = JSON.parse(stdout)
    expect(json.mode).toBe('versions')
    expect(json.changes).toEqual(
      edits.map(({ meta, column, after }) => {
        const before = seed.metas[meta]!.cells[column]
        const no = Number(seed.metas[meta]!.cells.no)
        const [x, y] = [number(before), number(after)]
        return { meta: no, metaB: no, column, before, after, delta: column === 'result' ? null : expect.closeTo(y! - x!, 6) }
      }),
    )
    expect(json.summary).toMatchObject({ matched: seed.metas.length, changed: edits.length, changedCells: edits.length, onlyInA: 0, onlyInB: 0 })
    expect(json.a).toEqual({ label: path.basename(SEED_PATH), entity: seed.entity, year: seed.year, metas: seed.metas.length })
  })

  it('prints the summary and each change in Spanish, and lists the metas only in one report', () => {
    const rows = seedCopyRows().filter((r) => r.from !== 3)
    const missing = path.join(dir, 'sin-meta.txt')
    writeFileSync(missing, copyText(rows))
    const { code, stdout } = cli('compare', SEED_PATH, missing)
    expect(code).toBe(0)
    const lines = stdout.split('\n')
    expect(lines[2]).toBe('Emparejamiento: versiones del mismo informe (por posición y número)')
    expect(lines[3]).toMatch(new RegExp(`^Emparejadas: ${seed.metas.length - 1} · `))
    expect(lines).toContain('Solo en A:')
    expect(lines).toContain(`  meta ${seed.metas[3]!.cells.no} · ${seed.metas[3]!.cells.description}`)
    const changed = cli('compare', SEED_PATH, edited, '--lang', 'en').stdout
    expect(changed).toContain(`goal ${seed.metas[0]!.cells.no} · Achieved total: «${seed.metas[0]!.cells.achieved}» → «4»`)
  })

  it('matches by description and indicator with --mode years', () => {
    const { stdout } = cli('compare', SEED_PATH, edited, '--json', '--mode', 'years')
    const json = JSON.parse(stdout)
    expect(json.mode).toBe('years')
    expect(json.pairs).toHaveLength(seed.metas.length)
    expect(json.changes).toHaveLength(edits.length)
  })

  it('exits 2 with the usage when the second file or the mode is wrong, and 1 when a file cannot be read', () => {
    const one = cli('compare', SEED_PATH)
    expect(one.code).toBe(2)
    expect(one.stderr).toContain('Falta el segundo informe')
    expect(one.stderr).toContain('compare ARCHIVO_A ARCHIVO_B')
    expect(cli('compare', SEED_PATH, edited, '--mode', 'fechas').code).toBe(2)
    const gone = cli('compare', SEED_PATH, path.join(dir, 'no-existe.txt'))
    expect(gone.code).toBe(1)
    expect(gone.stderr).toContain('el archivo no existe')
  })
})
