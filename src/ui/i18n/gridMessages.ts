import { formatNumber } from '../../report/numbers'

/** Refused cells named in a message: the first few, then how many more. */
const NAMED_CELLS = 3
function namesList(names: readonly string[], more: (n: number) => string): string {
  const shown = names.slice(0, NAMED_CELLS).join(', ')
  return names.length > NAMED_CELLS ? `${shown} ${more(names.length - NAMED_CELLS)}` : shown
}

const es = {
  gridLabel: 'Metas del informe',
  searchLabel: 'Buscar en las metas',
  searchPlaceholder: 'Buscar en todas las columnas…',
  searchHint: 'Sin importar tildes ni mayúsculas: «gestion» encuentra «GESTIÓN». Cada palabra debe aparecer en la meta.',
  clearSearch: 'Borrar la búsqueda',
  viewCount: (shown: number, total: number) => `${formatNumber(shown)} de ${formatNumber(total)} ${total === 1 ? 'meta' : 'metas'}`,
  activeFilters: 'Filtros activos',
  clearAll: 'Quitar todos los filtros',
  clearFilter: (name: string) => `Quitar el filtro ${name}`,
  filterColumn: (name: string) => `Filtrar ${name}`,
  /** A header's tooltip: its name, then how to sort (a name ending in a period, e.g. «Goal no.», takes no second one). */
  sortTitle: (label: string) => `${label.endsWith('.') ? label : `${label}.`} Clic: ordenar. Mayús+clic: ordenar también por esta columna.`,
  /** A column of the file's own (not the report's): shown and exported, never edited. */
  extraColumnTitle: (label: string) => `${label}: columna propia del archivo, de solo lectura. Clic: ordenar.`,
  resizeColumn: (name: string) => `Ancho de ${name}`,
  resizeHint: (name: string) => `Ancho de ${name}: arrastre, o flechas izquierda y derecha (Mayús: más rápido); doble clic o Intro: ancho inicial`,
  columnsMenu: 'Columnas',
  columnsMenuTitle: 'Columnas visibles, orden y fijación',
  moveLeft: (name: string) => `Mover ${name} a la izquierda`,
  moveRight: (name: string) => `Mover ${name} a la derecha`,
  resetColumns: 'Restablecer columnas',
  close: 'Cerrar',
  facetSearch: 'Buscar valores',
  emptyValue: '(vacío)',
  facetOption: (label: string, count: number) => `${label}: ${formatNumber(count)}`,
  rangeFrom: 'Desde',
  rangeTo: 'Hasta',
  apply: 'Aplicar',
  clear: 'Quitar',
  hasFindings: 'Con hallazgos',
  noFindings: 'Sin hallazgos',
  anyFindings: 'Todas',
  severityLegend: 'Gravedad',
  bandLegend: 'Banda de cumplimiento',
  statusLegend: 'Estado de revisión',
  unitLegend: 'Unidad responsable',
  noUnit: 'Sin asignar',
  rangeChip: (min: string, max: string) => (min && max ? `${min} – ${max}` : min ? `≥ ${min}` : `≤ ${max}`),
  listChip: (first: string, more: number) => (more > 0 ? `${first} y ${more} más` : first),
  invalidNumber: 'No es un número. Escriba por ejemplo 1.234,5',
  invalidInteger: 'Debe ser un número entero, por ejemplo 12',
  editing: (name: string) => `Editando ${name}`,
  editDropped: (reason: string) => `No se guardó la celda. ${reason}`,
  editedFromTo: (from: string, to: string) => `Editado: ${from} → ${to}`,
  editedByFromTo: (author: string, when: string, from: string, to: string) => `Editado por ${author} el ${when}: ${from} → ${to}`,
  editedMarkTitle: (description: string) => `${description}. Revertir al original: Alt+Retroceso o menú contextual`,
  cellMenu: 'Acciones de la celda',
  revertToOriginal: 'Revertir al original',
  revertShortcut: 'Alt+Retroceso',
  reverted: (n: number) => (n === 1 ? 'Se revirtió 1 celda al original.' : `Se revirtieron ${formatNumber(n)} celdas al original.`),
  nothingToRevert: 'La selección no tiene celdas editadas.',
  editHint: 'Intro o Tab para guardar, Esc para cancelar',
  editHintLong: 'Intro o Tab para guardar, Esc para cancelar, Alt+Intro para salto de línea',
  staleView: 'Hay ediciones: las filas siguen en su sitio hasta reaplicar el orden y los filtros.',
  refreshView: 'Reaplicar orden y filtros',
  /** `refused`: the refused cells' names (cellName), in paste order. */
  pasted: (ok: number, refused: readonly string[]) => {
    const done = ok === 0 ? 'No se pegó ninguna celda' : ok === 1 ? 'Se pegó 1 celda' : `Se pegaron ${formatNumber(ok)} celdas`
    if (refused.length === 0) return `${done}.`
    const count = refused.length === 1 ? '1 no válida no se pegó' : `${formatNumber(refused.length)} no válidas no se pegaron`
    return `${done}; ${count}: ${namesList(refused, (n) => `y ${formatNumber(n)} más`)}.`
  },
  cellName: (metaNo: string, column: string) => `meta ${metaNo} · ${column}`,
  copied: (n: number) => `${formatNumber(n)} ${n === 1 ? 'celda copiada' : 'celdas copiadas'}.`,
  noRows: 'Ninguna meta coincide con la búsqueda y los filtros.',
  percentDisagrees: (computed: string) => `No coincide con el total cumplido / planificado (${computed})`,
  findingsCount: (n: number) => `${formatNumber(n)} ${n === 1 ? 'hallazgo' : 'hallazgos'}`,
  frozenColumns: 'Columnas fijas a la izquierda',
}

export type GridMessages = typeof es

const en: GridMessages = {
  gridLabel: 'Report goals',
  searchLabel: 'Search the goals',
  searchPlaceholder: 'Search all columns…',
  searchHint: 'Accents and case are ignored: “gestion” finds “GESTIÓN”. Every word must appear in the goal.',
  clearSearch: 'Clear the search',
  viewCount: (shown, total) => `${shown.toLocaleString('en-US')} of ${total.toLocaleString('en-US')} ${total === 1 ? 'goal' : 'goals'}`,
  activeFilters: 'Active filters',
  clearAll: 'Clear all filters',
  clearFilter: (name) => `Clear the ${name} filter`,
  filterColumn: (name) => `Filter ${name}`,
  sortTitle: (label) => `${label.endsWith('.') ? label : `${label}.`} Click: sort. Shift+click: also sort by this column.`,
  extraColumnTitle: (label) => `${label}: a column of the file’s own, read-only. Click: sort.`,
  resizeColumn: (name) => `Width of ${name}`,
  resizeHint: (name) => `Width of ${name}: drag, or Left and Right arrows (Shift: faster); double-click or Enter: default width`,
  columnsMenu: 'Columns',
  columnsMenuTitle: 'Visible columns, order and pinning',
  moveLeft: (name) => `Move ${name} left`,
  moveRight: (name) => `Move ${name} right`,
  resetColumns: 'Reset columns',
  close: 'Close',
  facetSearch: 'Search values',
  emptyValue: '(empty)',
  facetOption: (label, count) => `${label}: ${count.toLocaleString('en-US')}`,
  rangeFrom: 'From',
  rangeTo: 'To',
  apply: 'Apply',
  clear: 'Clear',
  hasFindings: 'With findings',
  noFindings: 'Without findings',
  anyFindings: 'All',
  severityLegend: 'Severity',
  bandLegend: 'Fulfillment band',
  statusLegend: 'Review status',
  unitLegend: 'Responsible unit',
  noUnit: 'Unassigned',
  rangeChip: (min, max) => (min && max ? `${min} – ${max}` : min ? `≥ ${min}` : `≤ ${max}`),
  listChip: (first, more) => (more > 0 ? `${first} and ${more} more` : first),
  invalidNumber: 'Not a number. Type for example 1.234,5',
  invalidInteger: 'Must be a whole number, for example 12',
  editing: (name) => `Editing ${name}`,
  editDropped: (reason) => `The cell was not saved. ${reason}`,
  editedFromTo: (from, to) => `Edited: ${from} → ${to}`,
  editedByFromTo: (author, when, from, to) => `Edited by ${author} on ${when}: ${from} → ${to}`,
  editedMarkTitle: (description) => `${description}. Revert to the original: Alt+Backspace or the context menu`,
  cellMenu: 'Cell actions',
  revertToOriginal: 'Revert to the original',
  revertShortcut: 'Alt+Backspace',
  reverted: (n) => (n === 1 ? 'Reverted 1 cell to the original.' : `Reverted ${n.toLocaleString('en-US')} cells to the original.`),
  nothingToRevert: 'The selection has no edited cells.',
  editHint: 'Enter or Tab to save, Esc to cancel',
  editHintLong: 'Enter or Tab to save, Esc to cancel, Alt+Enter for a line break',
  staleView: 'There are edits: rows stay in place until the sort and filters are reapplied.',
  refreshView: 'Reapply sort and filters',
  pasted: (ok, refused) => {
    const done = ok === 0 ? 'No cell was pasted' : ok === 1 ? 'Pasted 1 cell' : `Pasted ${ok.toLocaleString('en-US')} cells`
    if (refused.length === 0) return `${done}.`
    const count = refused.length === 1 ? '1 invalid cell was not pasted' : `${refused.length.toLocaleString('en-US')} invalid cells were not pasted`
    return `${done}; ${count}: ${namesList(refused, (n) => `and ${n.toLocaleString('en-US')} more`)}.`
  },
  cellName: (metaNo, column) => `goal ${metaNo} · ${column}`,
  copied: (n) => `${n} ${n === 1 ? 'cell' : 'cells'} copied.`,
  noRows: 'No goal matches the search and filters.',
  percentDisagrees: (computed) => `Does not match achieved / planned (${computed})`,
  findingsCount: (n) => `${n} ${n === 1 ? 'finding' : 'findings'}`,
  frozenColumns: 'Columns pinned on the left',
}

export const gridMessages = { es, en }
