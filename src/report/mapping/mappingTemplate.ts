/**
 * A confirmed mapping kept as a template of its form, keyed by the header's signature: the next
 * file of the same form is read without asking. A template finds its header by signature, or by
 * its labels when the form's columns moved; templates travel as JSON (the app and the CLI).
 */
import { COLUMNS } from '../columns'
import type { Bilingual, ColumnKey, PercentScale, SketchRow } from '../types'
import { foldHeader, headerLabels, headerSignature } from './headerText'

/** Rows searched for a header from the top of a sheet: title rows come first. */
export const HEADER_ROWS_SEARCHED = 30

export interface MappingTemplate {
  readonly signature: string
  /** The header's labels as the file writes them, in order (read by the name search and by people). */
  readonly labels: readonly string[]
  readonly headerRows: 1 | 2
  readonly columns: Readonly<Record<ColumnKey, number | null>>
  readonly percentScale: PercentScale
  /** Epoch ms. */
  readonly savedAt: number
}

/** Where a template's header sits in a sheet, and the report columns' positions there. */
export type TemplateMatch =
  | { readonly ok: true; readonly index: number; readonly columns: Record<ColumnKey, number | null> }
  /** The labels of mapped columns the best row lacks, and that row. */
  | { readonly ok: false; readonly missing: readonly string[]; readonly index: number }

interface SheetRows {
  readonly rows: readonly SketchRow[]
  readonly merges: readonly string[]
}

/** Finds the template's header in a sheet: a row of the same signature, else one naming every mapped column. */
export function matchTemplate(sheet: SheetRows, template: MappingTemplate): TemplateMatch {
  const end = Math.min(sheet.rows.length, HEADER_ROWS_SEARCHED)
  const labelsAt = (i: number) => headerLabels(sheet.rows.slice(i, i + template.headerRows), sheet.merges)
  for (let i = 0; i < end; i++) {
    if (headerSignature(labelsAt(i)) === template.signature) return { ok: true, index: i, columns: { ...template.columns } }
  }
  const wanted = COLUMNS.flatMap((def) => {
    const at = template.columns[def.key]
    const label = at === null ? undefined : template.labels[at]
    return label ? [{ key: def.key, label, folded: foldHeader(label) }] : []
  })
  let best: { index: number; missing: string[] } = { index: 0, missing: wanted.map((w) => w.label) }
  for (let i = 0; i < end; i++) {
    const folded = labelsAt(i).map((l) => foldHeader(l.text))
    const missing = wanted.filter((w) => !folded.includes(w.folded)).map((w) => w.label)
    if (missing.length === 0) {
      const columns = { ...template.columns }
      for (const w of wanted) columns[w.key] = folded.indexOf(w.folded)
      return { ok: true, index: i, columns }
    }
    if (missing.length < best.missing.length) best = { index: i, missing }
  }
  return { ok: false, ...best }
}

const FILE_KIND = 'poa-column-mappings'

/** Templates as the JSON file a user keeps or gives to the CLI (--mapping). */
export function templatesJson(templates: readonly MappingTemplate[]): string {
  return `${JSON.stringify({ kind: FILE_KIND, version: 1, templates }, null, 2)}\n`
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)

function readTemplate(v: unknown): MappingTemplate | null {
  if (!isRecord(v) || typeof v.signature !== 'string' || !Array.isArray(v.labels) || !v.labels.every((l) => typeof l === 'string')) return null
  if ((v.headerRows !== 1 && v.headerRows !== 2) || (v.percentScale !== 'points' && v.percentScale !== 'fraction') || !isRecord(v.columns)) return null
  const raw = v.columns
  const columns = {} as Record<ColumnKey, number | null>
  for (const def of COLUMNS) {
    const at = raw[def.key] ?? null
    if (at !== null && !(typeof at === 'number' && Number.isInteger(at) && at >= 0 && at < v.labels.length)) return null
    columns[def.key] = at
  }
  const savedAt = typeof v.savedAt === 'number' ? v.savedAt : 0
  return { signature: v.signature, labels: v.labels as string[], headerRows: v.headerRows, columns, percentScale: v.percentScale, savedAt }
}

const notTemplates: Bilingual = {
  es: 'El archivo no es una lista de plantillas de columnas de esta aplicación (JSON con «kind»: «poa-column-mappings»).',
  en: 'The file is not a list of this app’s column templates (JSON with "kind": "poa-column-mappings").',
}

/** Templates back from their JSON, or a message saying what is wrong (nothing half read). */
export function readTemplatesJson(text: string): { readonly templates: MappingTemplate[] } | { readonly error: Bilingual } {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    return { error: notTemplates }
  }
  if (!isRecord(value) || value.kind !== FILE_KIND || !Array.isArray(value.templates)) return { error: notTemplates }
  const templates: MappingTemplate[] = []
  for (const [i, item] of value.templates.entries()) {
    const template = readTemplate(item)
    if (!template) {
      return { error: { es: `La plantilla n.º ${i + 1} del archivo no es válida.`, en: `Template no. ${i + 1} of the file is not valid.` } }
    }
    templates.push(template)
  }
  return { templates }
}
