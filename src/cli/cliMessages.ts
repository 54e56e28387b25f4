/** Every line the CLI prints, in Spanish (default) and English (--lang en). */
import { formatNumber } from '../report/numbers'
import type { Bilingual } from '../report/types'

export type Lang = 'es' | 'en'

export const USAGE: Bilingual = {
  es: `Uso:
  npm run cli -- validate ARCHIVO [--mapping PLANTILLAS.json] [--json] [--lang en]
  npm run cli -- export ARCHIVO --format source|csv|xlsx|json --out SALIDA [--mapping PLANTILLAS.json] [--delimiter ';'|','] [--lang en]
  npm run cli -- compare ARCHIVO_A ARCHIVO_B [--mapping PLANTILLAS.json] [--json] [--mode versions|years] [--lang en]

--mapping: las plantillas de columnas exportadas desde la aplicación (Importar › Plantillas de columnas),
para leer una tabla cuya cabecera no es la del formulario conocido.`,
  en: `Usage:
  npm run cli -- validate FILE [--mapping TEMPLATES.json] [--json] [--lang en]
  npm run cli -- export FILE --format source|csv|xlsx|json --out OUT [--mapping TEMPLATES.json] [--delimiter ';'|','] [--lang en]
  npm run cli -- compare FILE_A FILE_B [--mapping TEMPLATES.json] [--json] [--mode versions|years] [--lang en]

--mapping: the column templates exported from the app (Import › Column templates), to read a table
whose header is not the known form's.`,
}

export const msg = {
  badArguments: (detail: string): Bilingual => ({ es: `Argumentos no válidos: ${detail}`, en: `Invalid arguments: ${detail}` }),
  missingCommand: { es: 'Falta la orden: validate, export o compare.', en: 'The command is missing: validate, export or compare.' },
  unknownCommand: (name: string): Bilingual => ({
    es: `Orden desconocida: «${name}» (use validate, export o compare).`,
    en: `Unknown command: "${name}" (use validate, export or compare).`,
  }),
  missingFile: { es: 'Falta el archivo del informe.', en: 'The report file is missing.' },
  missingSecondFile: { es: 'Falta el segundo informe: compare necesita dos archivos.', en: 'The second report is missing: compare needs two files.' },
  badMode: (mode: string): Bilingual => ({ es: `Emparejamiento desconocido: «${mode}» (use versions o years).`, en: `Unknown matching: "${mode}" (use versions or years).` }),
  badFormat: (format: string): Bilingual => ({
    es: `Formato desconocido: «${format}» (use source, csv, xlsx o json).`,
    en: `Unknown format: "${format}" (use source, csv, xlsx or json).`,
  }),
  missingOut: { es: 'Falta --out con el archivo de salida.', en: '--out with the output file is missing.' },
  badDelimiter: (d: string): Bilingual => ({ es: `Separador no válido: «${d}» (use ';' o ',').`, en: `Invalid delimiter: "${d}" (use ';' or ',').` }),
  cannotRead: (file: string, reason: Bilingual): Bilingual => ({ es: `No se puede leer ${file}: ${reason.es}`, en: `Cannot read ${file}: ${reason.en}` }),
  notAReport: (file: string, where: Bilingual | null, message: Bilingual): Bilingual => ({
    es: `${file} no es un informe legible${where ? ` (${where.es})` : ''}: ${message.es}`,
    en: `${file} is not a readable report${where ? ` (${where.en})` : ''}: ${message.en}`,
  }),
  badMapping: (file: string, reason: Bilingual): Bilingual => ({
    es: `No se puede usar ${file} como --mapping: ${reason.es}`,
    en: `Cannot use ${file} as --mapping: ${reason.en}`,
  }),
  cannotWrite: (file: string, reason: Bilingual): Bilingual => ({ es: `No se puede escribir ${file}: ${reason.es}`, en: `Cannot write ${file}: ${reason.en}` }),
  written: (file: string, bytes: number, metas: number): Bilingual => ({
    es: `Se escribió ${file} (${formatNumber(bytes)} bytes, ${formatNumber(metas)} ${metas === 1 ? 'meta' : 'metas'}).`,
    en: `Wrote ${file} (${bytes.toLocaleString('en-US')} bytes, ${metas.toLocaleString('en-US')} ${metas === 1 ? 'goal' : 'goals'}).`,
  }),
  unexpected: (reason: string): Bilingual => ({ es: `Error inesperado: ${reason}`, en: `Unexpected error: ${reason}` }),
  summary: {
    entity: { es: 'Entidad', en: 'Entity' },
    year: { es: 'Año', en: 'Year' },
    metas: { es: 'Metas', en: 'Goals' },
    findings: { es: 'Hallazgos', en: 'Findings' },
    none: { es: '—', en: '—' },
    meta: { es: 'meta', en: 'goal' },
    row: { es: 'fila', en: 'row' },
    absent: { es: 'Columnas que el archivo no tiene', en: 'Columns the file lacks' },
  },
  severity: {
    error: { es: 'error', en: 'error' },
    warning: { es: 'advertencia', en: 'warning' },
    info: { es: 'información', en: 'info' },
  },
  /** Why the file system refused, said for what was tried: reading the report or writing the output. */
  fsReason: (code: string | undefined, action: 'read' | 'write'): Bilingual => {
    switch (code) {
      case 'ENOENT':
        return action === 'read'
          ? { es: 'el archivo no existe.', en: 'the file does not exist.' }
          : { es: 'la carpeta de salida no existe.', en: 'the output folder does not exist.' }
      case 'ENOTDIR':
        return { es: 'una parte de la ruta no es una carpeta.', en: 'part of the path is not a folder.' }
      case 'EISDIR':
        return { es: 'es una carpeta, no un archivo.', en: 'it is a folder, not a file.' }
      case 'EACCES':
      case 'EPERM':
        return action === 'read'
          ? { es: 'no hay permiso para leerlo.', en: 'permission to read it is denied.' }
          : { es: 'no hay permiso para escribir ahí.', en: 'permission to write there is denied.' }
      case 'EROFS':
        return { es: 'el disco es de solo lectura.', en: 'the disk is read-only.' }
      case 'ENOSPC':
        return { es: 'no queda espacio en el disco.', en: 'the disk is full.' }
      default:
        return { es: `error del sistema (${code ?? '?'}).`, en: `system error (${code ?? '?'}).` }
    }
  },
}

const count = (n: number): Bilingual => ({ es: formatNumber(n), en: n.toLocaleString('en-US') })

/** The lines of `compare`. */
export const compareMsg = {
  metas: (n: number): Bilingual => ({ es: `${count(n).es} ${n === 1 ? 'meta' : 'metas'}`, en: `${count(n).en} ${n === 1 ? 'goal' : 'goals'}` }),
  meta: { es: 'meta', en: 'goal' },
  mode: { es: 'Emparejamiento', en: 'Matching' },
  modes: {
    versions: { es: 'versiones del mismo informe (por posición y número)', en: 'versions of one report (by position and number)' },
    years: { es: 'informes de años distintos (por descripción e indicador)', en: 'reports of different years (by description and indicator)' },
  } satisfies Record<'versions' | 'years', Bilingual>,
  summary: (matched: number, changed: number, unchanged: number, onlyA: number, onlyB: number, cells: number, unsure: number): Bilingual => ({
    es: `Emparejadas: ${count(matched).es} · con cambios: ${count(changed).es} · sin cambios: ${count(unchanged).es} · solo en A: ${count(onlyA).es} · solo en B: ${count(onlyB).es} · celdas cambiadas: ${count(cells).es} · dudosas: ${count(unsure).es}`,
    en: `Matched: ${count(matched).en} · changed: ${count(changed).en} · unchanged: ${count(unchanged).en} · only in A: ${count(onlyA).en} · only in B: ${count(onlyB).en} · changed cells: ${count(cells).en} · uncertain: ${count(unsure).en}`,
  }),
  changedCells: { es: 'Celdas cambiadas', en: 'Changed cells' },
  onlyA: { es: 'Solo en A', en: 'Only in A' },
  onlyB: { es: 'Solo en B', en: 'Only in B' },
  unsure: (percent: number): Bilingual => ({ es: `Parejas dudosas (confianza bajo ${percent} %)`, en: `Uncertain pairs (confidence under ${percent} %)` }),
  delta: (n: number): Bilingual => ({ es: `${n > 0 ? '+' : ''}${formatNumber(n)}`, en: `${n > 0 ? '+' : ''}${n.toLocaleString('en-US', { maximumFractionDigits: 2 })}` }),
  percent: (n: number): Bilingual => ({ es: `${formatNumber(n)} %`, en: `${n.toLocaleString('en-US')} %` }),
}
