/**
 * Ecuadorian number text, both ways: "21.447,91", "0,02", "140,60%", "67958", blank.
 * Every number in the app is parsed and formatted here, never ad hoc.
 */

export type NumberParse = { readonly ok: true; readonly value: number | null } | { readonly ok: false }

const GROUPED = /^[+-]?\d{1,3}(\.\d{3})+(,\d+)?$/
const PLAIN = /^[+-]?\d+(,\d+)?$/
const LEADING_COMMA = /^[+-]?,\d+$/
/** Almost every cell of a report: "67958", "0,02", "140,60%". Read in one match (a 100,000-meta report has 400,000 such cells). */
const SIMPLE = /^(\d+)(?:,(\d+))?%?$/

/** Parses es-EC number text; blank is a valid empty value (null). A trailing % is allowed and ignored. */
export function parseNumber(text: string): NumberParse {
  const simple = SIMPLE.exec(text)
  if (simple) return finite(Number(simple[2] === undefined ? simple[1] : `${simple[1]}.${simple[2]}`))
  let s = text.trim().replace(/\u00a0/g, ' ')
  if (s === '') return { ok: true, value: null }
  if (s.endsWith('%')) s = s.slice(0, -1).trim()
  s = s.replace(/ /g, '')
  if (!(GROUPED.test(s) || PLAIN.test(s) || LEADING_COMMA.test(s))) return { ok: false }
  return finite(Number(s.replace(/\./g, '').replace(',', '.')))
}

const finite = (value: number): NumberParse => (Number.isFinite(value) ? { ok: true, value } : { ok: false })

const formatters = new Map<string, Intl.NumberFormat>()

function formatter(min: number, max: number): Intl.NumberFormat {
  const key = `${min}:${max}`
  let f = formatters.get(key)
  if (!f) {
    // es-EC in ICU groups with '.' and decimals with ','; pinned here so output is the same everywhere.
    f = new Intl.NumberFormat('es-EC', { minimumFractionDigits: min, maximumFractionDigits: max, useGrouping: 'always' })
    formatters.set(key, f)
  }
  return f
}

/** "21447.91" -> "21.447,91"; decimals default to as many as needed (max 2). */
export function formatNumber(value: number | null, minDecimals = 0, maxDecimals = 2): string {
  if (value === null) return ''
  return formatter(minDecimals, Math.max(minDecimals, maxDecimals)).format(value)
}

/** 140.6 (percentage points) -> "140,60 %". */
export function formatPercent(value: number | null, decimals = 2): string {
  if (value === null) return ''
  return `${formatter(decimals, decimals).format(value)} %`
}

/** 98.333 -> "98,33%": a fulfillment percentage as the report writes it (two decimals, the sign without a space). */
export function percentCellText(value: number): string {
  return `${formatNumber(value, 2, 2)}%`
}

/** 21447.91 -> "21447,91": shortest text that reads back as the same number, no grouping. */
export function plainNumberText(value: number): string {
  const s = String(value)
  return (/e/i.test(s) ? value.toFixed(20).replace(/0+$/, '').replace(/\.$/, '') : s).replace('.', ',')
}
