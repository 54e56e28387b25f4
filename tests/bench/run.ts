/**
 * `npm run bench`: runs every tests/bench/*.bench.ts (each exports a default async function that
 * returns its figures) and prints them. Speed targets are read here, never in timed unit tests.
 */
import { readdirSync } from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

type Figures = Record<string, number | string>

const dir = path.resolve(process.cwd(), 'tests/bench')
// Arguments starting with -- are a bench's own flags (sync: --seconds=10), not file names.
const only = process.argv.slice(2).filter((a) => !a.startsWith('--'))
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort()

let failed = false
for (const file of files) {
  console.log(`\n== ${file}`)
  try {
    const mod = (await import(pathToFileURL(path.join(dir, file)).href)) as { default: () => Promise<Figures> }
    const figures = await mod.default()
    for (const [name, value] of Object.entries(figures)) {
      console.log(`  ${name.padEnd(52)} ${typeof value === 'number' ? value.toFixed(1) : value}`)
    }
  } catch (error) {
    failed = true
    console.log(`  failed: ${error instanceof Error ? error.message : String(error)}`)
  }
}
process.exit(failed ? 1 : 0)
