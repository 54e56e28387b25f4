/** Folding for search, sort and "same thing written two ways": accents, case and spacing ignored. */

const MARKS = /[\u0300-\u036f]/g

/** "GESTIÓN  Pública" -> "gestion publica". */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(MARKS, '').toLowerCase().replace(/\s+/g, ' ').trim()
}

/** Like foldText, and punctuation ignored too: "2.1: Procesos" and "2.1 Procesos," fold alike. */
export function foldLoose(text: string): string {
  return foldText(text.replace(/[^\p{L}\p{N}\s]/gu, ' '))
}

const collator = new Intl.Collator('es', { sensitivity: 'base', numeric: true })

/** Spanish collation, accents and case ignored. */
export function compareText(a: string, b: string): number {
  return collator.compare(a, b)
}

/**
 * Key of a category value: foldLoose plus a word's final "s" dropped, so "CONCURRENTES" and
 * "Concurrente" are one category, as the report's readers take them.
 */
export function foldCategory(text: string): string {
  return foldLoose(text).replace(/(\p{L}{2,})s(?![\p{L}\p{N}])/gu, '$1')
}

/** A fold that computes each distinct text once: 100,000 metas share a few dozen categories. */
export function memoFold(fold: (text: string) => string): (text: string) => string {
  const cache = new Map<string, string>()
  return (text) => {
    let folded = cache.get(text)
    if (folded === undefined) cache.set(text, (folded = fold(text)))
    return folded
  }
}
