// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { expect, test } from 'vitest'
import { BAND_DEFS } from '../../../src/report/statistics'

const SRC = path.resolve(process.cwd(), 'src')
const stylesheets = (readdirSync(SRC, { recursive: true }) as string[]).filter((f) => f.endsWith('.css')).map((f) => readFileSync(path.join(SRC, f), 'utf8'))

test('every band colour and tint the band table names is declared once, in one stylesheet', () => {
  for (const band of BAND_DEFS) {
    for (const token of [band.color, band.tint]) {
      const declared = stylesheets.flatMap((css) => css.match(new RegExp(`${token}:`, 'g')) ?? [])
      expect(declared, token).toHaveLength(1)
    }
  }
})
