/** The parts every file name the app writes is made of: safe on every system (no accents, spaces or reserved characters). */
import { foldText } from './textFold'

const PART_MAX = 60

/** "Objetivo 2.4: gestión" -> "objetivo-2-4-gestion". */
export function fileNamePart(text: string): string {
  const slug = foldText(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
  return slug.slice(0, PART_MAX).replace(/-+$/, '')
}

/** Local calendar date as YYYY-MM-DD (the official's day, not UTC's). */
export function fileDate(at: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`
}
