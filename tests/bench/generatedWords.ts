/** Deterministic made-up words for the benches' large reports: place and programme names, some common, most rare. */

const SYLLABLES = ['ka', 'lo', 'mi', 'ta', 'qui', 'pu', 'ra', 'che', 'yu', 'san', 'to', 'li', 'ma', 'co', 'tum', 'bal']

/** A deterministic generator, so every run measures the same reports. */
export function random(seed: number): () => number {
  let state = seed
  return () => {
    state = (state * 1103515245 + 12345) & 0x7fffffff
    return state / 0x80000000
  }
}

/** The n-th word of the vocabulary ("LOKA", "MIKA", …). */
export const word = (n: number) => {
  let out = ''
  for (let k = n + SYLLABLES.length; k > 0; k = Math.floor(k / SYLLABLES.length)) out += SYLLABLES[k % SYLLABLES.length]
  return out.toUpperCase()
}

/** Zipf-like picks from a vocabulary of `size` words: word k comes about 1/k as often as word 1. */
export const zipfWords = (next: () => number, size: number) => () => word(Math.floor(Math.exp(next() * Math.log(size))) - 1)
