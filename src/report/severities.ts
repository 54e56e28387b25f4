/**
 * The severities of a finding, worst first, with their names and the shape shown beside their
 * colour: the one definition that lists, filters, rankings, badges and summaries read.
 */
import type { Bilingual } from './types'

export type Severity = 'error' | 'warning' | 'info'

export interface SeverityDef {
  readonly key: Severity
  /** The severity of one finding ("Advertencia"). */
  readonly label: Bilingual
  /** The heading of a count of them ("Advertencias 3"). */
  readonly plural: Bilingual
  /** The shape that tells severities apart without their colour. */
  readonly mark: string
}

/** Worst first: the order every list of severities shows. */
export const SEVERITY_DEFS: readonly SeverityDef[] = [
  { key: 'error', label: { es: 'Error', en: 'Error' }, plural: { es: 'Errores', en: 'Errors' }, mark: '●' },
  { key: 'warning', label: { es: 'Advertencia', en: 'Warning' }, plural: { es: 'Advertencias', en: 'Warnings' }, mark: '▲' },
  { key: 'info', label: { es: 'Aviso', en: 'Notice' }, plural: { es: 'Avisos', en: 'Notices' }, mark: '■' },
]

export const SEVERITIES: readonly Severity[] = SEVERITY_DEFS.map((d) => d.key)

const BY_KEY = new Map(SEVERITY_DEFS.map((d) => [d.key, d]))

export function severityDef(severity: Severity): SeverityDef {
  return BY_KEY.get(severity)!
}

export function isSeverity(id: string): id is Severity {
  return BY_KEY.has(id as Severity)
}

/** Higher is worse (error 3, warning 2, info 1), so 0 can stand for "no finding". */
export function severityRank(severity: Severity): number {
  return SEVERITIES.length - SEVERITIES.indexOf(severity)
}

/** The worst of some severities, or null for none. */
export function worstSeverity(severities: readonly Severity[]): Severity | null {
  return SEVERITIES.find((s) => severities.includes(s)) ?? null
}

/** A count per severity, all zero, to add findings to. */
export function severityCounts(): Record<Severity, number> {
  return Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>
}
