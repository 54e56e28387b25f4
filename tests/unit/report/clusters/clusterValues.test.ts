// @vitest-environment node
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { applyEdits } from '../../../../src/report/applyEdits'
import { distinctValues, fingerprint, keyCollisionClusters, nearestNeighbourClusters, type Cluster, type ValueCount } from '../../../../src/report/clusters/clusterValues'
import { boundedDistance } from '../../../../src/report/clusters/editDistance'
import { mergeEdits } from '../../../../src/report/clusters/mergeClusters'
import { checkReport } from '../../../../src/report/findings'
import { foldText } from '../../../../src/report/textFold'
import { seedMetaRows, seedReport } from '../../../fixtures/seedReport'

const seed = seedReport()
/** A cluster as "text×count | text×count", most used first. */
const shown = (clusters: readonly Cluster[]) => clusters.map((c) => c.members.map((m) => `${m.text}×${m.count}`).join(' | '))
/** What the seed's rows write in a column, counted by hand from the file. */
const countInRows = (index: number, text: string) => seedMetaRows().filter((r) => r[index] === text).length

describe('clusters of the seed', () => {
  const objective21 = seed.metas.find((m) => m.cells.objective.startsWith('2.1: Procesos'))!.cells.objective
  const objective21bare = seed.metas.find((m) => m.cells.objective.startsWith('2.1 Procesos'))!.cells.objective
  const objective52 = seed.metas.find((m) => m.cells.no === '213')!.cells.objective
  const objective52dotless = seed.metas.find((m) => m.cells.no === '217')!.cells.objective

  it('finds CONCURRENTE and CONCURRENTES as one competence type, by either method', () => {
    const values = distinctValues(seed.metas, 'competenceType')
    expect(values.map((v) => v.text).sort()).toEqual(['CONCURRENTE', 'CONCURRENTES', 'EXCLUSIVA'])
    const expected = [`CONCURRENTE×${countInRows(1, 'CONCURRENTE')} | CONCURRENTES×${countInRows(1, 'CONCURRENTES')}`]
    expect(expected).toEqual(['CONCURRENTE×86 | CONCURRENTES×3'])
    expect(shown(keyCollisionClusters(values))).toEqual(expected)
    expect(shown(nearestNeighbourClusters(values, 1))).toEqual(expected)
  })

  it('finds the two objectives written two ways: by key collision, and by nearest neighbours within two edits', () => {
    const values = distinctValues(seed.metas, 'objective')
    const both = [`${objective21}×12 | ${objective21bare}×2`, `${objective52dotless}×5 | ${objective52}×4`]
    expect(both).toEqual([
      `${objective21}×${countInRows(0, objective21)} | ${objective21bare}×${countInRows(0, objective21bare)}`,
      `${objective52dotless}×${countInRows(0, objective52dotless)} | ${objective52}×${countInRows(0, objective52)}`,
    ])
    expect(shown(keyCollisionClusters(values))).toEqual(both)
    expect(shown(nearestNeighbourClusters(values, 2))).toEqual(both)
    // "2.1 Procesos…" lacks a colon and a final period: two edits, beyond a distance of one.
    expect(shown(nearestNeighbourClusters(values, 1))).toEqual([both[1]])
  })

  it('merging the competence-type cluster leaves two competence types and no spelling finding on them, in one list of edits', () => {
    const [cluster] = keyCollisionClusters(distinctValues(seed.metas, 'competenceType'))
    const edits = mergeEdits(seed, 'competenceType', [{ members: cluster!.members.map((m) => m.text), into: cluster!.members[0]!.text }])
    expect(edits.map((e) => seed.metas[e.meta]!.cells.no)).toEqual(['149', '150', '151'])
    const merged = applyEdits(seed, edits)
    expect(distinctValues(merged.metas, 'competenceType').map((v) => `${v.text}×${v.count}`)).toEqual([`EXCLUSIVA×${countInRows(1, 'EXCLUSIVA')}`, 'CONCURRENTE×89'])
    expect(checkReport(merged).filter((f) => f.rule === 'categoryVariant' && f.column === 'competenceType')).toEqual([])
  })

  it('merges into the value the person wrote, and never into a blank one', () => {
    const members = ['CONCURRENTE', 'CONCURRENTES']
    expect(new Set(mergeEdits(seed, 'competenceType', [{ members, into: 'Concurrente' }]).map((e) => e.after))).toEqual(new Set(['Concurrente']))
    expect(mergeEdits(seed, 'competenceType', [{ members, into: '  ' }])).toEqual([])
  })
})

describe('clustering methods', () => {
  it('keys a value by its folded words as a set: order, accents, case, punctuation and a plural s do not count', () => {
    expect(fingerprint('Concurrentes, EXCLUSIVAS')).toBe(fingerprint('exclusiva concurrente'))
    expect(fingerprint('Gestión pública')).toBe('gestion publica')
  })

  /** Plain Levenshtein, the definition the bounded one must agree with. */
  const levenshtein = (a: string, b: string): number => {
    const row = Array.from({ length: b.length + 1 }, (_, j) => j)
    for (let i = 1; i <= a.length; i++) {
      let diagonal = row[0]!
      row[0] = i
      for (let j = 1; j <= b.length; j++) {
        const up = row[j]!
        row[j] = Math.min(up + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1))
        diagonal = up
      }
    }
    return row[b.length]!
  }

  it('the bounded edit distance is Levenshtein’s up to its bound', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', 'b', 'c', ' '), maxLength: 12 }),
        fc.string({ unit: fc.constantFrom('a', 'b', 'c', ' '), maxLength: 12 }),
        fc.nat(4),
        (a, b, max) => {
          expect(boundedDistance(a, b, max)).toBe(Math.min(levenshtein(a, b), max + 1))
        },
      ),
    )
  })

  it('nearest neighbours finds exactly the clusters that comparing every pair finds', () => {
    /** Every pair compared, joined into components: slow and plainly right. */
    const allPairs = (values: readonly ValueCount[], d: number): string[][] => {
      const group = values.map((_, i) => i)
      const find = (i: number): number => (group[i] === i ? i : find(group[i]!))
      for (let i = 0; i < values.length; i++)
        for (let j = i + 1; j < values.length; j++) if (levenshtein(foldText(values[i]!.text), foldText(values[j]!.text)) <= d) group[find(i)] = find(j)
      const components = new Map<number, string[]>()
      values.forEach((v, i) => components.set(find(i), [...(components.get(find(i)) ?? []), v.text]))
      return [...components.values()].filter((c) => c.length > 1).map((c) => c.sort())
    }
    const sorted = (groups: string[][]) => groups.map((g) => g.join('|')).sort()
    fc.assert(
      fc.property(fc.uniqueArray(fc.string({ unit: fc.constantFrom('a', 'b', 'á', 'B', ' '), maxLength: 9 }), { maxLength: 14 }), fc.nat(3), (texts, d) => {
        const values = texts.filter((t) => t.trim() !== '').map((text) => ({ text, count: 1 }))
        const found = nearestNeighbourClusters(values, d).map((c) => c.members.map((m) => m.text).sort())
        expect(sorted(found)).toEqual(sorted(allPairs(values, d)))
      }),
      { numRuns: 300 },
    )
  })
})
