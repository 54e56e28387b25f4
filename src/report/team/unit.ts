/**
 * The organisation's units (secretarías, e.g. "Secretaría de Salud"): planning manages them, every
 * `secretaria` account belongs to one, and metas are assigned to them. Shared by server and browser.
 */
export interface Unit {
  readonly id: string
  readonly name: string
}

export const MAX_UNIT_NAME = 120

/** The name as stored: trimmed, inner runs of spaces made one; null when empty or too long. */
export function unitName(text: string): string | null {
  const name = text.trim().replace(/\s+/g, ' ')
  return name.length === 0 || name.length > MAX_UNIT_NAME ? null : name
}
