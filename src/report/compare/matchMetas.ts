/**
 * Which meta of report A is which meta of report B. Two versions of one report (a corrected copy,
 * a workspace's drafts against its original) match by position and number; reports of different
 * years match by their description and indicator (TF-IDF cosine of folded tokens), the objective
 * as a hint. Every pair says how it was found and how sure the match is (0 to 1).
 */
import { objectiveCode } from '../objectiveName'
import { foldCategory, foldText, memoFold } from '../textFold'
import type { Cells } from '../types'
import { similarPairs, type ScoredPair } from './similarPairs'
import { matchTokens, TextVectors, TokenIds } from './textVectors'

/** 'versions': one report before and after corrections; 'years': two reports of different years. */
export type MatchMode = 'versions' | 'years'

/** How a pair was found: same position and number, same number elsewhere, similar text, or the user's choice. */
export type PairBasis = 'position' | 'number' | 'text' | 'user'

/** The cells matching reads. */
export type MatchFields = Pick<Cells, 'no' | 'description' | 'indicator' | 'objective'>

export interface MetaPair {
  /** Meta id (position) in report A. */
  readonly a: number
  readonly b: number
  readonly basis: PairBasis
  readonly confidence: number
}

export interface Matching {
  readonly mode: MatchMode
  /** In report B's order. */
  readonly pairs: readonly MetaPair[]
  /** Meta ids of A without a partner, in A's order. */
  readonly onlyA: readonly number[]
  readonly onlyB: readonly number[]
}

/** A pair at or above this confidence reads as sure; below it, the user is asked to look. */
export const HIGH_CONFIDENCE = 0.75
/** Text-matched pairs below this confidence are not proposed at all. */
export const MIN_CONFIDENCE = 0.5
/** Text similarity makes most of a text match's confidence; the same objective the rest. */
const TEXT_WEIGHT = 0.85
const OBJECTIVE_WEIGHT = 1 - TEXT_WEIGHT

export interface MatchOptions {
  readonly mode: MatchMode
  /** Work done so far, out of a total known from the start. */
  readonly onProgress?: (done: number, total: number) => void
}

const PROGRESS_EVERY = 2000

/** 'versions' when both reports are of the same entity and year; 'years' otherwise. */
export function matchModeFor(a: { readonly entity: string; readonly year: number | null }, b: { readonly entity: string; readonly year: number | null }): MatchMode {
  return foldText(a.entity) === foldText(b.entity) && a.year === b.year ? 'versions' : 'years'
}

export function matchMetas(a: readonly MatchFields[], b: readonly MatchFields[], options: MatchOptions): Matching {
  const total = a.length + b.length + a.length
  let lastTold = -PROGRESS_EVERY
  const tell = (done: number) => {
    if (done - lastTold < PROGRESS_EVERY && done !== total) return
    lastTold = done
    options.onProgress?.(done, total)
  }
  const pairs: MetaPair[] = []
  const freeA = new Uint8Array(a.length).fill(1)
  const freeB = new Uint8Array(b.length).fill(1)
  const take = (pair: MetaPair) => {
    pairs.push(pair)
    freeA[pair.a] = 0
    freeB[pair.b] = 0
  }
  const hint = objectiveHint(a, b)
  if (options.mode === 'versions') pairByPosition(a, b, take)

  // Each free meta's text is tokenized once; metas paired already count as done, so progress only moves forward.
  let done = a.length + b.length - freeIds(freeA).length - freeIds(freeB).length
  const tokenize = (side: readonly MatchFields[], free: Uint8Array) =>
    side.map((cells, id) => {
      if (!free[id]) return null
      tell(done++)
      return { description: matchTokens(cells.description), indicator: matchTokens(cells.indicator) }
    })
  const textsA = tokenize(a, freeA)
  const textsB = tokenize(b, freeB)
  tell(a.length + b.length)
  if (options.mode === 'years') pairIdenticalTexts(textsA, textsB, (x, y) => take({ a: x, b: y, basis: 'text', confidence: TEXT_WEIGHT + OBJECTIVE_WEIGHT * hint(x, y) }))

  const restA = freeIds(freeA)
  const restB = freeIds(freeB)
  const words = new TokenIds()
  const docs = [...restA.map((i) => textsA[i]!), ...restB.map((i) => textsB[i]!)].map((text) => words.ids([...text.description, ...text.indicator]))
  const vectors = new TextVectors(docs, words.count)
  const docOfB = (k: number) => restA.length + k

  if (options.mode === 'versions') {
    pairBySameNumber(a, b, restA, restB, (x, y, ka, kb) => take({ a: x, b: y, basis: 'number', confidence: 0.5 + 0.5 * vectors.cosine(ka, docOfB(kb)) }))
  }
  const leftA = restA.flatMap((id, k) => (freeA[id] ? [k] : []))
  const leftB = restB.flatMap((id, k) => (freeB[id] ? [k] : []))
  const minCosine = (MIN_CONFIDENCE - OBJECTIVE_WEIGHT) / TEXT_WEIGHT
  const scored = similarPairs(vectors, words.count, leftA, leftB.map(docOfB), minCosine, (k) => tell(a.length + b.length + a.length - leftA.length + k))
  assignGreedily(
    scored.map(({ a: i, b: j, cosine }: ScoredPair) => {
      const x = restA[leftA[i]!]!
      const y = restB[leftB[j]!]!
      return { a: x, b: y, basis: 'text' as const, confidence: TEXT_WEIGHT * cosine + OBJECTIVE_WEIGHT * hint(x, y) }
    }),
    freeA,
    freeB,
    take,
  )
  tell(total)
  return finish(options.mode, pairs, freeA, freeB)
}

function freeIds(free: Uint8Array): number[] {
  const out: number[] = []
  for (let i = 0; i < free.length; i++) if (free[i]) out.push(i)
  return out
}

function finish(mode: MatchMode, pairs: MetaPair[], freeA: Uint8Array, freeB: Uint8Array): Matching {
  pairs.sort((x, y) => x.b - y.b)
  return { mode, pairs, onlyA: freeIds(freeA), onlyB: freeIds(freeB) }
}

/** 1 for the same objective (spelling aside), 0.5 for the same objective code, else 0. */
function objectiveHint(a: readonly MatchFields[], b: readonly MatchFields[]): (x: number, y: number) => number {
  const fold = memoFold(foldCategory)
  const code = memoFold((text) => objectiveCode(text) ?? '')
  return (x, y) => {
    const oa = a[x]!.objective
    const ob = b[y]!.objective
    if (fold(oa) === fold(ob)) return 1
    return code(oa) !== '' && code(oa) === code(ob) ? 0.5 : 0
  }
}

/** Same position and same (non-blank) number: the same row of the same report. */
function pairByPosition(a: readonly MatchFields[], b: readonly MatchFields[], take: (pair: MetaPair) => void): void {
  const n = Math.min(a.length, b.length)
  for (let i = 0; i < n; i++) {
    const no = foldText(a[i]!.no)
    if (no !== '' && no === foldText(b[i]!.no)) take({ a: i, b: i, basis: 'position', confidence: 1 })
  }
}

/** The same number on both sides, once on each, among the metas still free: a row moved. */
function pairBySameNumber(
  a: readonly MatchFields[],
  b: readonly MatchFields[],
  restA: readonly number[],
  restB: readonly number[],
  take: (x: number, y: number, docA: number, docB: number) => void,
): void {
  const once = (side: readonly MatchFields[], ids: readonly number[]) => {
    const byNo = new Map<string, number | null>()
    ids.forEach((id, k) => {
      const no = foldText(side[id]!.no)
      if (no !== '') byNo.set(no, byNo.has(no) ? null : k)
    })
    return byNo
  }
  const inB = once(b, restB)
  for (const [no, ka] of once(a, restA)) {
    const kb = inB.get(no)
    if (ka !== null && kb !== undefined && kb !== null) take(restA[ka]!, restB[kb]!, ka, kb)
  }
}

/** A meta's text as tokens. */
interface MetaText {
  readonly description: readonly string[]
  readonly indicator: readonly string[]
}

/** Description and indicator identical once folded, and each text once on each side: an unchanged goal. */
function pairIdenticalTexts(a: readonly (MetaText | null)[], b: readonly (MetaText | null)[], take: (x: number, y: number) => void): void {
  const once = (side: readonly (MetaText | null)[]) => {
    const byKey = new Map<string, number | null>()
    side.forEach((text, id) => {
      if (!text || (text.description.length === 0 && text.indicator.length === 0)) return
      const k = `${text.description.join(' ')}\u0000${text.indicator.join(' ')}`
      byKey.set(k, byKey.has(k) ? null : id)
    })
    return byKey
  }
  const inB = once(b)
  for (const [k, x] of once(a)) {
    const y = inB.get(k)
    if (x !== null && y !== undefined && y !== null) take(x, y)
  }
}

/** The surest pairs first; a meta already paired is not paired again. Ties go to the nearer positions. */
function assignGreedily(candidates: MetaPair[], freeA: Uint8Array, freeB: Uint8Array, take: (pair: MetaPair) => void): void {
  candidates.sort((x, y) => y.confidence - x.confidence || Math.abs(x.a - x.b) - Math.abs(y.a - y.b) || x.b - y.b)
  for (const pair of candidates) if (freeA[pair.a] && freeB[pair.b] && pair.confidence >= MIN_CONFIDENCE) take(pair)
}

/** The user's decision about one pair: pair a with b, or leave a (or b) without a partner. */
export type PairingChoice = { readonly a: number; readonly b: number } | { readonly a: number; readonly b: null } | { readonly a: null; readonly b: number }

/**
 * The matching with the user's choices applied in order: a pair the choice touches is undone (its
 * other meta is left without a partner, not re-matched), then the chosen pair is made.
 */
export function applyChoices(matching: Matching, choices: readonly PairingChoice[], lengthA: number, lengthB: number): Matching {
  if (choices.length === 0) return matching
  const byA = new Map<number, MetaPair>(matching.pairs.map((p) => [p.a, p]))
  const aOfB = new Map<number, number>(matching.pairs.map((p) => [p.b, p.a]))
  for (const choice of choices) {
    if (choice.a !== null) {
      const old = byA.get(choice.a)
      if (old) aOfB.delete(old.b)
      byA.delete(choice.a)
    }
    if (choice.b !== null) {
      const oldA = aOfB.get(choice.b)
      if (oldA !== undefined) byA.delete(oldA)
      aOfB.delete(choice.b)
    }
    if (choice.a !== null && choice.b !== null) {
      byA.set(choice.a, { a: choice.a, b: choice.b, basis: 'user', confidence: 1 })
      aOfB.set(choice.b, choice.a)
    }
  }
  const freeA = new Uint8Array(lengthA).fill(1)
  const freeB = new Uint8Array(lengthB).fill(1)
  for (const p of byA.values()) {
    freeA[p.a] = 0
    freeB[p.b] = 0
  }
  return finish(matching.mode, [...byA.values()], freeA, freeB)
}
