// @vitest-environment node
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { templatesJson } from '../../../src/report/mapping/mappingTemplate'
import { proposeReading, templateOf } from '../../../src/report/mapping/proposeReading'
import { sketchReportFile } from '../../../src/report/parseReport'
import { csvBytes, RENAMED, tableRows } from '../report/mapping/mappedFixtures'

const MAIN = path.resolve(process.cwd(), 'src/cli/main.ts')
const dir = mkdtempSync(path.join(tmpdir(), 'poa-cli-mapping-'))

function cli(...args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', MAIN, ...args], { encoding: 'utf8', cwd: process.cwd() })
  return { code: run.status, stdout: run.stdout, stderr: run.stderr }
}

/** A form without the indicator column, its templates file, and one more file of that form lacking "Ejecutado". */
async function files() {
  const form = RENAMED.filter((c) => c.key !== 'indicator')
  const bytes = csvBytes(tableRows(form))
  const sketched = await sketchReportFile(bytes)
  if (!sketched.ok) throw new Error(sketched.error.message.en)
  const table = path.join(dir, 'poa-2021.csv')
  const mapping = path.join(dir, 'plantillas.json')
  const lacking = path.join(dir, 'sin-ejecutado.csv')
  writeFileSync(table, bytes)
  writeFileSync(mapping, templatesJson([templateOf(sketched.table, proposeReading(sketched.table), 0)]))
  writeFileSync(lacking, csvBytes(tableRows(form.filter((c) => c.key !== 'achieved'))))
  return { table, mapping, lacking }
}

describe('npm run cli -- validate and export with --mapping', { timeout: 60_000 }, () => {
  it('validate reads a table of another form with the templates, saying once which columns it lacks', async () => {
    const { table, mapping } = await files()
    const refused = cli('validate', table)
    expect(refused.code).toBe(1)
    const { code, stdout } = cli('validate', table, '--mapping', mapping)
    expect(code).toBe(0)
    expect(stdout.split('\n').slice(0, 6)).toEqual([
      'Entidad: GAD MUNICIPAL DE EJEMPLO',
      'Año: 2021',
      'Metas: 40',
      'Columnas que el archivo no tiene:',
      '  Indicador: dice cómo se mide la meta',
      expect.stringMatching(/^Hallazgos: \d+ /),
    ])
    expect(stdout).not.toContain('«Indicador» está vacío')
  })

  it('export --format source writes the table of another form back byte for byte', async () => {
    const { table, mapping } = await files()
    const out = path.join(dir, 'copia.csv')
    expect(cli('export', table, '--mapping', mapping, '--format', 'source', '--out', out).code).toBe(0)
    expect(readFileSync(out).equals(readFileSync(table))).toBe(true)
  })

  it('exits 1 naming the columns a mapping names that the file lacks, or a mapping file that is not one', async () => {
    const { lacking, mapping, table } = await files()
    const missing = cli('validate', lacking, '--mapping', mapping)
    expect(missing.code).toBe(1)
    expect(missing.stderr).toBe(`${lacking} no es un informe legible: La asignación de columnas nombra columnas que la cabecera del archivo (línea 5) no tiene: «Ejecutado».\n`)
    const notMapping = cli('validate', table, '--mapping', table, '--lang', 'en')
    expect(notMapping.code).toBe(1)
    expect(notMapping.stderr).toBe(`Cannot use ${table} as --mapping: The file is not a list of this app’s column templates (JSON with "kind": "poa-column-mappings").\n`)
  })
})
