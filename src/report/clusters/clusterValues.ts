/**
 * Clusters of the ways one value is written in a column, as OpenRefine finds them: by key collision
 * (values whose folded words are the same set: accents, case, punctuation, word order and a plural s
 * ignored) and by nearest neighbours (values within an edit distance of each other once accents, case
 * and spacing are folded). Both work on the column's distinct values, never on its metas one by one.
 */
import { boundedDistance } from './editDistance'
import { foldCategory, foldText } from '../textFold'
import type { ColumnKey, Meta } from '../types'

/** One way the column writes a value, and by how many metas. */
export interface ValueCount {
  readonly text: string
  readonly count: number
}

/** Values that seem to be one: the most used first (the value a merge proposes). */
export interface Cluster {
  readonly members: readonly ValueCount[]
  /** The metas that write one of the members. */
  readonly metas: number
}

export type ClusterMethod = 'keyCollision' | 'nearestNeighbours'

/** A clustering as asked of clusterValues (and posted to the browser's clustering worker). */
export interface ClusteringRequest {
  readonly values: readonly ValueCount[]
  readonly method: ClusterMethod
  readonly maxDistance: number
}

/** The columns whose values are worth clustering: categories and short texts a person types again and again. */
export const CLUSTER_COLUMNS: readonly ColumnKey[] = ['objective', 'competenceType', 'competence', 'indicator']

/** The column's distinct non-blank values with their counts, in order of first appearance. */
export function distinctValues(metas: readonly Meta[], column: ColumnKey): ValueCount[] {
  const counts = new Map<string, number>()
  for (const meta of metas) {
    const text = meta.cells[column]
    if (text.trim() !== '') counts.set(text, (counts.get(text) ?? 0) + 1)
  }
  return [...counts].map(([text, count]) => ({ text, count }))
}

/** "Concurrentes, exclusivas" and "EXCLUSIVA CONCURRENTE" share the key "concurrente exclusiva". */
export function fingerprint(text: string): string {
  return [
    ...new Set(
      foldCategory(text)
        .split(' ')
        .filter((w) => w !== ''),
    ),
  ]
    .sort()
    .join(' ')
}

/** Groups of two or more values, each group's members most used first, the largest groups first. */
function toClusters(groups: Iterable<readonly ValueCount[]>): Cluster[] {
  const clusters: Cluster[] = []
  for (const group of groups) {
    if (group.length < 2) continue
    const members = [...group].sort((a, b) => b.count - a.count)
    clusters.push({ members, metas: members.reduce((n, m) => n + m.count, 0) })
  }
  return clusters.sort((a, b) => b.metas - a.metas)
}

export function keyCollisionClusters(values: readonly ValueCount[]): Cluster[] {
  const byKey = new Map<string, ValueCount[]>()
  for (const value of values) {
    const key = fingerprint(value.text)
    const group = byKey.get(key)
    if (group) group.push(value)
    else byKey.set(key, [value])
  }
  return toClusters(byKey.values())
}

/** Union-find over indexes: joined values end up in one cluster (a chain of near values is one). */
function unionFind(size: number): { join: (a: number, b: number) => void; root: (a: number) => number } {
  const parent = Array.from({ length: size }, (_, i) => i)
  const root = (a: number): number => {
    while (parent[a] !== a) a = parent[a] = parent[parent[a]!]!
    return a
  }
  return { join: (a, b) => void (parent[root(a)] = root(b)), root }
}

/** Where chunk `i` of `parts` chunks starts in a text of `length` characters, and how long it is. */
function chunk(length: number, parts: number, i: number): [start: number, size: number] {
  const base = Math.floor(length / parts)
  const longer = length - base * parts
  // The last `longer` chunks take one character more.
  const start = i * base + Math.max(0, i - (parts - longer))
  return [start, base + (i >= parts - longer ? 1 : 0)]
}

/** Characters counted into this many buckets: a cheap bound that spares most comparisons. */
const BUCKETS = 16

/** Each text's characters counted by bucket; one edit changes these counts by 2 at most. */
function histograms(texts: readonly string[]): Uint8Array {
  const counts = new Uint8Array(texts.length * BUCKETS)
  texts.forEach((text, i) => {
    for (let k = 0; k < text.length; k++) {
      const at = i * BUCKETS + (text.charCodeAt(k) % BUCKETS)
      if (counts[at]! < 255) counts[at]!++
    }
  })
  return counts
}

function histogramGap(counts: Uint8Array, a: number, b: number, limit: number): boolean {
  let gap = 0
  for (let k = 0; k < BUCKETS; k++) {
    gap += Math.abs(counts[a * BUCKETS + k]! - counts[b * BUCKETS + k]!)
    if (gap > limit) return true
  }
  return false
}

/**
 * Values within `maxDistance` edits of each other (folded), joined into clusters. Exact, and fast on
 * many distinct values: two texts within d edits share, at a nearby place, one of the d + 1 pieces
 * the shorter is cut into (PassJoin), so only texts that do are compared, and only when their
 * characters' counts differ by no more than d edits can explain.
 */
export function nearestNeighbourClusters(values: readonly ValueCount[], maxDistance: number): Cluster[] {
  const d = Math.max(0, Math.floor(maxDistance))
  const folded = values.map((v) => foldText(v.text))
  const sets = unionFind(values.length)
  // Values equal once folded are one value at distance 0.
  const first = new Map<string, number>()
  const texts: number[] = []
  folded.forEach((text, i) => {
    const seen = first.get(text)
    if (seen === undefined) {
      first.set(text, i)
      texts.push(i)
    } else sets.join(i, seen)
  })
  const near = (i: number, j: number) => !histogramGap(counts, i, j, 2 * d) && boundedDistance(folded[i]!, folded[j]!, d) <= d
  const counts = histograms(folded)
  if (d > 0) {
    const parts = d + 1
    // The index: by length, then chunk position, then chunk text, the values that have it.
    const index = new Map<number, Map<string, number[]>[]>()
    const short: number[] = []
    for (const i of texts) {
      const text = folded[i]!
      if (text.length < parts) {
        short.push(i)
        continue
      }
      let byPart = index.get(text.length)
      if (!byPart) index.set(text.length, (byPart = Array.from({ length: parts }, () => new Map<string, number[]>())))
      for (let p = 0; p < parts; p++) {
        const [start, size] = chunk(text.length, parts, p)
        const key = text.substr(start, size)
        const list = byPart[p]!.get(key)
        if (list) list.push(i)
        else byPart[p]!.set(key, [i])
      }
    }
    // The query each value was last compared for, so a candidate found twice is compared once.
    const comparedFor = new Int32Array(values.length).fill(-1)
    for (const j of texts) {
      const text = folded[j]!
      // Only against indexed values as long or shorter: each pair is looked at from its longer side.
      for (let length = Math.max(parts, text.length - d); length <= text.length; length++) {
        const byPart = index.get(length)
        if (!byPart) continue
        const longer = text.length - length
        for (let p = 0; p < parts; p++) {
          const [start, size] = chunk(length, parts, p)
          // Piece p can only have moved as far as the edits before it and after it allow (PassJoin's window).
          const lowest = Math.max(-p, longer - (d - p))
          const highest = Math.min(p, longer + (d - p))
          for (let shift = lowest; shift <= highest; shift++) {
            const at = start + shift
            if (at < 0 || at + size > text.length) continue
            const candidates = byPart[p]!.get(text.substr(at, size))
            if (!candidates) continue
            for (const i of candidates) {
              if (i === j || comparedFor[i] === j) continue
              comparedFor[i] = j
              if (near(i, j)) sets.join(i, j)
            }
          }
        }
      }
    }
    // Texts shorter than d + 1 characters have empty pieces: they are compared with every text at most d longer.
    for (const i of short) {
      for (const j of texts) {
        if (i !== j && folded[j]!.length <= folded[i]!.length + d && near(i, j)) sets.join(i, j)
      }
    }
  }
  const groups = new Map<number, ValueCount[]>()
  values.forEach((value, i) => {
    const root = sets.root(i)
    const group = groups.get(root)
    if (group) group.push(value)
    else groups.set(root, [value])
  })
  return toClusters(groups.values())
}

export function clusterValues(values: readonly ValueCount[], method: ClusterMethod, maxDistance: number): Cluster[] {
  return method === 'keyCollision' ? keyCollisionClusters(values) : nearestNeighbourClusters(values, maxDistance)
}
