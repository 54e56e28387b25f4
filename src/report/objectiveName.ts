/** An objective's code and short name: "2.1: Procesos de participación…" -> "2.1", "Procesos de participación…". */

const CODE = /^\s*(\d+(?:\.[0-9a-z]+)*)\s*[:.\-–]?\s*/i

/** "2.1", "5.B", or null when the text does not start with a code. */
export function objectiveCode(text: string): string | null {
  return CODE.exec(text)?.[1]?.toUpperCase() ?? null
}

/** The text after the code, cut at a word boundary near `max` characters. */
export function objectiveShortName(text: string, max = 60): string {
  const name = text.replace(CODE, '').trim()
  if (name.length <= max) return name
  const cut = name.lastIndexOf(' ', max)
  return `${name.slice(0, cut > max / 2 ? cut : max).replace(/[,;:.]$/, '')}…`
}
