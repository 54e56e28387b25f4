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
