// @vitest-environment node
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { checkReport } from '../../../src/report/findings'
import { parseReport, parseReportFile } from '../../../src/report/parseReport'
import { SEED_PATH, seedReport, seedText } from '../../fixtures/seedReport'
import { windows1252Crlf } from '../report/sourceCopies'

const MAIN = path.resolve(process.cwd(), 'src/cli/main.ts')
const dir = mkdtempSync(path.join(tmpdir(), 'poa-cli-'))

function cli(...args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', MAIN, ...args], { encoding: 'utf8', cwd: process.cwd() })
  return { code: run.status, stdout: run.stdout, stderr: run.stderr }
}

const seed = seedReport()

describe('npm run cli -- validate', () => {
  it('prints the entity, year, meta count and findings in Spanish', () => {
    const { code, stdout } = cli('validate', SEED_PATH)
    expect(code).toBe(0)
    const lines = stdout.split('\n')
    expect(lines.slice(0, 3)).toEqual(['Entidad: MUNICIPIO DEL DISTRITO METROPOLITANO DE QUITO', 'Año: 2020', 'Metas: 351'])
    expect(lines[3]).toMatch(new RegExp(`^Hallazgos: ${checkReport(seed).length} `))
  })

  it('prints the findings as JSON with --json, in the documented shape', () => {
    const { code, stdout } = cli('validate', SEED_PATH, '--json')
    expect(code).toBe(0)
    const json = JSON.parse(stdout)
    expect(Object.keys(json)).toEqual(['entity', 'year', 'metas', 'absentColumns', 'findings'])
    expect(json).toMatchObject({ entity: seed.entity, year: 2020, metas: 351, absentColumns: [] })
    const findings = checkReport(seed)
    expect(json.findings).toHaveLength(findings.length)
    for (const f of json.findings) expect(Object.keys(f)).toEqual(['meta', 'column', 'rule', 'severity', 'message'])
    expect(json.findings).toContainEqual({ meta: 54, column: null, rule: 'shiftedRow', severity: 'error', message: findings.find((f) => f.rule === 'shiftedRow')!.message.es })
    expect(json.findings).toContainEqual(expect.objectContaining({ meta: 131, column: 'indicator', rule: 'requiredEmpty' }))
  })

  it('speaks English with --lang en', () => {
    const { stdout } = cli('validate', SEED_PATH, '--lang', 'en')
    expect(stdout.split('\n').slice(0, 3)).toEqual(['Entity: MUNICIPIO DEL DISTRITO METROPOLITANO DE QUITO', 'Year: 2020', 'Goals: 351'])
  })

  it('exits 1 with a message and no stack trace on a file that does not exist or is not a report', () => {
    const missing = cli('validate', path.join(dir, 'nope.txt'))
    expect(missing.code).toBe(1)
    expect(missing.stderr).toContain('el archivo no existe')
    const binary = path.join(dir, 'image.bin')
    writeFileSync(
      binary,
      new Uint8Array(2048).map((_, i) => (i * 31) % 256),
    )
    const bad = cli('validate', binary, '--json')
    expect(bad.code).toBe(1)
    expect(bad.stderr).toContain('no es un informe legible')
    expect(JSON.parse(bad.stdout).error.code).toBe('binary')
    for (const out of [missing.stderr, bad.stderr]) expect(out).not.toMatch(/\n\s+at /)
  })

  it('exits 2 and prints the usage on wrong arguments', () => {
    const { code, stderr } = cli('export', SEED_PATH, '--format', 'pdf', '--out', path.join(dir, 'x'))
    expect(code).toBe(2)
    expect(stderr).toContain('Formato desconocido')
    expect(stderr).toContain('Uso:')
  })
})

describe('npm run cli -- export', () => {
  it('writes the source format back byte for byte, for the seed and a Windows-1252 CRLF copy', () => {
    const copy = path.join(dir, 'copia-1252.txt')
    writeFileSync(copy, windows1252Crlf(seedText()))
    for (const input of [SEED_PATH, copy]) {
      const out = path.join(dir, `out-${path.basename(input)}`)
      expect(cli('export', input, '--format', 'source', '--out', out).code).toBe(0)
      expect(readFileSync(out).equals(readFileSync(input))).toBe(true)
    }
  })

  // Three CLI processes, each starting tsx: past 20 s when the whole suite loads a shared 2-core machine.
  it('writes CSV, XLSX and JSON that read back to the 351 metas', { timeout: 60_000 }, async () => {
    for (const format of ['csv', 'xlsx', 'json']) {
      const out = path.join(dir, `seed.${format}`)
      const run = cli('export', SEED_PATH, '--format', format, '--out', out)
      expect(run.code).toBe(0)
      expect(run.stdout).toContain('351 metas')
      const bytes = new Uint8Array(readFileSync(out))
      if (format === 'json') {
        expect(JSON.parse(new TextDecoder().decode(bytes))).toHaveLength(351)
        continue
      }
      const result = await parseReportFile(bytes, out)
      if (!result.ok) throw new Error(result.error.message.en)
      expect(result.report.metas.map((m) => m.cells.no)).toEqual(seed.metas.map((m) => m.cells.no))
    }
  })

  it('exits 1 with a message when the output cannot be written', () => {
    const { code, stderr } = cli('export', SEED_PATH, '--format', 'json', '--out', path.join(dir, 'missing-folder', 'x.json'))
    expect(code).toBe(1)
    expect(stderr).toBe(`No se puede escribir ${path.join(dir, 'missing-folder', 'x.json')}: la carpeta de salida no existe.\n`)
  })

  it('says once where a cut file ends', () => {
    const cut = path.join(dir, 'cortado.txt')
    const text = seedText()
    writeFileSync(cut, text.slice(0, text.indexOf('\t', 20000)))
    const parsedCut = parseReport(new TextEncoder().encode(text.slice(0, text.indexOf('\t', 20000))))
    if (parsedCut.ok || parsedCut.error.line === undefined) throw new Error('the cut copy parses or says no line')
    const { code, stderr } = cli('validate', cut)
    expect(code).toBe(1)
    expect(stderr).toBe(`${cut} no es un informe legible: ${parsedCut.error.message.es}\n`)
    expect(stderr.match(/línea \d+/g)).toHaveLength(1)
  })
})
