/**
 * TF-IDF vectors of metas' texts (description and indicator), for matching the metas of two
 * reports that are not versions of one file: folded word tokens, each weighted by how rare it is
 * across both reports, so "CONTAR CON 3 SERVICIOS" and "CONTAR CON 5 SERVICIOS" are close while
 * two metas that only share "NÚMERO DE" are not.
 */

const [S, E] = ['s'.charCodeAt(0), 'e'.charCodeAt(0)]
const DROPS_ES = new Set(['l', 'r', 'n', 'd', 'z'].map((c) => c.charCodeAt(0)))

/** Words written in the plural or the singular are one token: "servicios", "servicio"; "municipales", "municipal". */
function stem(word: string): string {
  const n = word.length
  if (n <= 3 || word.charCodeAt(n - 1) !== S) return word
  return word.charCodeAt(n - 2) === E && DROPS_ES.has(word.charCodeAt(n - 3)) ? word.slice(0, -2) : word.slice(0, -1)
}

const MARKS = /[\u0300-\u036f]/g
const NOT_ASCII = /[\u0080-\uffff]/
const ASCII_WORD = /[a-z0-9]+/g
const WORD = /[\p{L}\p{N}]+/gu

/**
 * The folded word tokens of a text (accents, case and punctuation ignored, as foldLoose does),
 * one-letter words ("y", "a", "o") left out. Spanish folds to ASCII, which a plain pattern splits
 * three times faster than a Unicode-aware one, and 100,000 × 100,000 metas are 200,000 texts.
 */
export function matchTokens(text: string): string[] {
  const folded = text.normalize('NFD').replace(MARKS, '').toLowerCase()
  const words = folded.match(NOT_ASCII.test(folded) ? WORD : ASCII_WORD) ?? []
  const tokens: string[] = []
  for (const word of words) if (word.length > 1 || (word >= '0' && word <= '9')) tokens.push(stem(word))
  return tokens
}

/**
 * Sparse unit vectors of a set of documents: each document's token ids in ascending order and
 * their weights (L2-normalised), so the cosine of two documents is a merge of two sorted lists.
 */
export class TextVectors {
  private readonly ids: Int32Array[] = []
  private readonly weights: Float32Array[] = []

  /** `documents`: each one's tokens with their term ids (see TokenIds); `tokenCount`: how many ids exist. */
  constructor(documents: readonly Int32Array[], tokenCount: number) {
    const df = new Int32Array(tokenCount)
    const counts: Uint16Array[] = []
    for (const tokens of documents) {
      const sorted = tokens.slice().sort()
      let unique = 0
      const count = new Uint16Array(sorted.length)
      for (let i = 0; i < sorted.length; i++) {
        if (i > 0 && sorted[i] === sorted[unique - 1]) count[unique - 1]!++
        else {
          sorted[unique] = sorted[i]!
          count[unique++] = 1
          df[sorted[i]!]!++
        }
      }
      this.ids.push(sorted.slice(0, unique))
      counts.push(count)
    }
    // Smoothed IDF, once per token.
    const n = documents.length
    const idf = new Float64Array(tokenCount)
    for (let t = 0; t < tokenCount; t++) idf[t] = Math.log((n + 1) / (df[t]! + 1)) + 1
    this.ids.forEach((ids, d) => {
      const weights = new Float32Array(ids.length)
      let norm = 0
      for (let i = 0; i < ids.length; i++) {
        // A sublinear term frequency: a word said twice is not twice the evidence.
        const w = (1 + Math.log(counts[d]![i]!)) * idf[ids[i]!]!
        weights[i] = w
        norm += w * w
      }
      norm = Math.sqrt(norm)
      if (norm > 0) for (let i = 0; i < weights.length; i++) weights[i]! /= norm
      this.weights.push(weights)
    })
  }

  tokens(document: number): Int32Array {
    return this.ids[document]!
  }

  weight(document: number, at: number): number {
    return this.weights[document]![at]!
  }

  /** Cosine similarity of two documents, 0 to 1. */
  cosine(x: number, y: number): number {
    const ix = this.ids[x]!
    const iy = this.ids[y]!
    const wx = this.weights[x]!
    const wy = this.weights[y]!
    let i = 0
    let j = 0
    let dot = 0
    while (i < ix.length && j < iy.length) {
      if (ix[i] === iy[j]) dot += wx[i++]! * wy[j++]!
      else if (ix[i]! < iy[j]!) i++
      else j++
    }
    return Math.min(1, dot)
  }
}

/** Token texts to dense ids, shared by both reports' documents. */
export class TokenIds {
  private readonly byText = new Map<string, number>()

  get count(): number {
    return this.byText.size
  }

  ids(tokens: readonly string[]): Int32Array {
    const out = new Int32Array(tokens.length)
    tokens.forEach((token, i) => {
      let id = this.byText.get(token)
      if (id === undefined) this.byText.set(token, (id = this.byText.size))
      out[i] = id
    })
    return out
  }
}
