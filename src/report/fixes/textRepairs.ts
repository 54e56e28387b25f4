/**
 * Repairs of a cell's text whose result is determined: HTML residue taken out, stray spaces
 * tidied, "Justificación: " appended for the person to go on writing. Each changes nothing else.
 */

const TAG = /<\/?[a-z][a-z0-9]*(?:\s[^<>]*)?\/?>/gi
const ENTITY = /&(?:([a-z]+)|#(\d+)|#x([0-9a-f]+));/gi
const LEADING_SPACES = /^[ \t\u00a0]+/
const TRAILING_SPACES = /[ \t\u00a0]+$/

/** The named entities a text pasted from a web page carries in Spanish (others are left as written). */
const NAMED: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  aacute: 'á',
  eacute: 'é',
  iacute: 'í',
  oacute: 'ó',
  uacute: 'ú',
  Aacute: 'Á',
  Eacute: 'É',
  Iacute: 'Í',
  Oacute: 'Ó',
  Uacute: 'Ú',
  ntilde: 'ñ',
  Ntilde: 'Ñ',
  uuml: 'ü',
  Uuml: 'Ü',
  iexcl: '¡',
  iquest: '¿',
  laquo: '«',
  raquo: '»',
  ordf: 'ª',
  ordm: 'º',
  deg: '°',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  ldquo: '“',
  rdquo: '”',
  lsquo: '‘',
  rsquo: '’',
  middot: '·',
  bull: '•',
  euro: '€',
}

function decodeEntity(entity: string, name: string | undefined, decimal: string | undefined, hex: string | undefined): string {
  if (name !== undefined) return NAMED[name] ?? entity
  const code = decimal !== undefined ? Number(decimal) : parseInt(hex!, 16)
  // A code point that is not a character stays as written rather than becoming something else.
  return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : entity
}

/**
 * The text without its tags and with its entities decoded. Where a tag stood between two spaces,
 * one space is kept; a tag at the start or the end takes the spaces beside it along.
 */
export function stripMarkup(text: string): string {
  const pieces = text.split(TAG)
  let out = pieces[0]!
  for (let i = 1; i < pieces.length; i++) {
    let next = pieces[i]!
    if (out.trim() === '') {
      out = ''
      next = next.replace(LEADING_SPACES, '')
    } else if (TRAILING_SPACES.test(out) && LEADING_SPACES.test(next)) next = next.replace(LEADING_SPACES, '')
    out += next
  }
  if (pieces.length > 1 && pieces[pieces.length - 1]!.trim() === '') out = out.replace(TRAILING_SPACES, '')
  return out.replace(ENTITY, decodeEntity)
}

/** Leading and trailing white space removed, and runs of spaces within a line made one space. */
export function tidySpaces(text: string): string {
  return text.replace(/[ \t\u00a0]{2,}/g, ' ').trim()
}

/** The words a justification starts with, as the report writes them. */
export const JUSTIFICATION_LEAD = 'Justificación: '

/** The result narrative with "Justificación: " after it, for the person to write the reason. */
export function withJustification(result: string): string {
  if (result.trim() === '') return JUSTIFICATION_LEAD
  return /\s$/.test(result) ? `${result}${JUSTIFICATION_LEAD}` : `${result} ${JUSTIFICATION_LEAD}`
}
