import type { ComparisonSheetLabels } from '../../report/compare/comparisonWorkbook'
import type { MatchMode, PairBasis } from '../../report/compare/matchMetas'

const bases: Record<PairBasis, string> = {
  position: 'Misma posición y número',
  number: 'Mismo número',
  text: 'Descripción e indicador parecidos',
  user: 'Elegida por usted',
}

const modes: Record<MatchMode, string> = {
  versions: 'Versiones del mismo informe (posición y número)',
  years: 'Informes de años distintos (descripción e indicador)',
}

const sheetLabels: ComparisonSheetLabels = {
  sheets: { summary: 'Resumen', changes: 'Celdas cambiadas', unmatched: 'Sin pareja', pairs: 'Parejas' },
  sides: { a: 'Informe A (antes)', b: 'Informe B (después)' },
  report: { label: 'Informe', entity: 'Entidad', year: 'Año', metas: 'Metas' },
  mode: 'Emparejamiento',
  modes,
  counts: {
    matched: 'Metas emparejadas',
    changed: 'Parejas con cambios',
    unchanged: 'Parejas sin cambios',
    onlyA: 'Solo en A',
    onlyB: 'Solo en B',
    changedCells: 'Celdas cambiadas',
    unsure: 'Parejas dudosas',
  },
  headers: {
    metaA: 'N.º en A',
    metaB: 'N.º en B',
    description: 'Descripción de la meta (B)',
    column: 'Columna',
    before: 'Antes (A)',
    after: 'Después (B)',
    delta: 'Diferencia',
    side: 'Informe',
    meta: 'N.º de meta',
    basis: 'Emparejada por',
    confidence: 'Confianza',
    changed: 'Columnas cambiadas',
  },
  bases,
}

const es = {
  sheetLabels,
  bases,
  modes,
}

export type CompareMessages = typeof es

const enBases: Record<PairBasis, string> = {
  position: 'Same position and number',
  number: 'Same number',
  text: 'Similar description and indicator',
  user: 'Chosen by you',
}

const enModes: Record<MatchMode, string> = {
  versions: 'Versions of one report (position and number)',
  years: 'Reports of different years (description and indicator)',
}

const en: CompareMessages = {
  sheetLabels: {
    sheets: { summary: 'Summary', changes: 'Changed cells', unmatched: 'Unmatched', pairs: 'Pairs' },
    sides: { a: 'Report A (before)', b: 'Report B (after)' },
    report: { label: 'Report', entity: 'Entity', year: 'Year', metas: 'Goals' },
    mode: 'Matching',
    modes: enModes,
    counts: {
      matched: 'Matched goals',
      changed: 'Pairs with changes',
      unchanged: 'Unchanged pairs',
      onlyA: 'Only in A',
      onlyB: 'Only in B',
      changedCells: 'Changed cells',
      unsure: 'Uncertain pairs',
    },
    headers: {
      metaA: 'No. in A',
      metaB: 'No. in B',
      description: 'Goal description (B)',
      column: 'Column',
      before: 'Before (A)',
      after: 'After (B)',
      delta: 'Difference',
      side: 'Report',
      meta: 'Goal no.',
      basis: 'Matched by',
      confidence: 'Confidence',
      changed: 'Changed columns',
    },
    bases: enBases,
  },
  bases: enBases,
  modes: enModes,
}

export const compareMessages = { es, en }
