/**
 * Spreadsheet formula injection guard (OWASP "CSV injection"): a text cell that a spreadsheet would
 * read as a formula gets a leading apostrophe, so it shows as text. Numbers are never guarded.
 */
const FORMULA_START = /^[=+\-@\t\r]/

export function guardFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text
}
