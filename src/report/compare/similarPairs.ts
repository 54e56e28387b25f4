/**
 * The most similar documents of one side for each document of the other, without scoring every
 * pair (100,000 × 100,000 is 10¹⁰): an inverted index of side B's tokens, visited rarest token
 * first, proposes a few candidates per document of side A, and only those get an exact cosine.
 */
import type { TextVectors } from './textVectors'

/** A token found in more of B's documents than this is too common to propose candidates by itself. */
const COMMON_TOKEN = 1000
/** Tokens visited even when common, so a document of common words still finds its best partners. */
const MIN_TOKENS = 2
/** Candidates per document that get an exact cosine. */
const CANDIDATES = 8

export interface ScoredPair {
  /** Index into the `sideA` list given to similarPairs. */
  readonly a: number
  readonly b: number
  readonly cosine: number
}

/** Side B's documents per token, in one flat array (start offsets by token id). */
function invertedIndex(vectors: TextVectors, sideB: readonly number[], tokenCount: number) {
  const starts = new Int32Array(tokenCount + 1)
  for (const doc of sideB) for (const id of vectors.tokens(doc)) starts[id + 1]!++
  for (let t = 0; t < tokenCount; t++) starts[t + 1]! += starts[t]!
  const fill = starts.slice(0, tokenCount)
  const postings = new Int32Array(starts[tokenCount]!)
  sideB.forEach((doc, b) => {
    for (const id of vectors.tokens(doc)) postings[fill[id]!++] = b
  })
  return { starts, postings }
}

/**
 * For each document of side A (indices into `vectors`), its best candidates on side B with their
 * cosine, when at least `minCosine`. `onStep` is told each A document done (for progress).
 */
export function similarPairs(
  vectors: TextVectors,
  tokenCount: number,
  sideA: readonly number[],
  sideB: readonly number[],
  minCosine: number,
  onStep: (done: number) => void,
): ScoredPair[] {
  const { starts, postings } = invertedIndex(vectors, sideB, tokenCount)
  const partial = new Float32Array(sideB.length)
  const touched: number[] = []
  const out: ScoredPair[] = []
  sideA.forEach((doc, a) => {
    const tokens = vectors.tokens(doc)
    const order = Array.from(tokens.keys()).sort((x, y) => postingCount(starts, tokens[x]!) - postingCount(starts, tokens[y]!))
    let visited = 0
    for (const at of order) {
      const id = tokens[at]!
      const count = postingCount(starts, id)
      if (count === 0) continue
      if (count > COMMON_TOKEN && visited >= MIN_TOKENS) break
      const weight = vectors.weight(doc, at)
      for (let p = starts[id]!; p < starts[id + 1]!; p++) {
        const b = postings[p]!
        if (partial[b] === 0) touched.push(b)
        partial[b]! += weight
      }
      visited++
    }
    for (const b of topCandidates(touched, partial)) {
      const cosine = vectors.cosine(doc, sideB[b]!)
      if (cosine >= minCosine) out.push({ a, b, cosine })
    }
    for (const b of touched) partial[b] = 0
    touched.length = 0
    onStep(a + 1)
  })
  return out
}

function postingCount(starts: Int32Array, id: number): number {
  return starts[id + 1]! - starts[id]!
}

/** The CANDIDATES touched documents with the highest partial score. */
function topCandidates(touched: readonly number[], partial: Float32Array): number[] {
  if (touched.length <= CANDIDATES) return touched.slice()
  return touched
    .slice()
    .sort((x, y) => partial[y]! - partial[x]!)
    .slice(0, CANDIDATES)
}
