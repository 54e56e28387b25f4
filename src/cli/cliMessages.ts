/** Every line the CLI prints, in Spanish (default) and English (--lang en). */
import type { Bilingual } from '../report/types'

export type Lang = 'es' | 'en'

export const USAGE: Bilingual = {
  es: `Uso:
  npm run cli -- validate ARCHIVO [--json] [--lang en]
  npm run cli -- export ARCHIVO --format source|csv|xlsx|json --out SALIDA [--delimiter ';'|','] [--lang en]`,
  en: `Usage:
  npm run cli -- validate FILE [--json] [--lang en]
  npm run cli -- export FILE --format source|csv|xlsx|json --out OUT [--delimiter ';'|','] [--lang en]`,
}

export const msg = {
  badArguments: (detail: string): Bilingual => ({ es: `Argumentos no válidos: ${detail}`, en: `Invalid arguments: ${detail}` }),
  unknownCommand: (name: string): Bilingual => ({ es: `Orden desconocida: «${name}».`, en: `Unknown command: "${name}".` }),
  missingFile: { es: 'Falta el archivo del informe.', en: 'The report file is missing.' },
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
  cannotWrite: (file: string, reason: Bilingual): Bilingual => ({ es: `No se puede escribir ${file}: ${reason.es}`, en: `Cannot write ${file}: ${reason.en}` }),
  written: (file: string, bytes: number, metas: number): Bilingual => ({
    es: `Escrito ${file} (${bytes} bytes, ${metas} metas).`,
    en: `Wrote ${file} (${bytes} bytes, ${metas} goals).`,
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
  },
  severity: {
    error: { es: 'error', en: 'error' },
    warning: { es: 'advertencia', en: 'warning' },
    info: { es: 'información', en: 'info' },
  },
  fsReason: (code: string | undefined): Bilingual => {
    switch (code) {
      case 'ENOENT':
        return { es: 'el archivo no existe.', en: 'the file does not exist.' }
      case 'EISDIR':
        return { es: 'es una carpeta, no un archivo.', en: 'it is a folder, not a file.' }
      case 'EACCES':
      case 'EPERM':
        return { es: 'no hay permiso.', en: 'permission denied.' }
      default:
        return { es: `error del sistema (${code ?? '?'}).`, en: `system error (${code ?? '?'}).` }
    }
  },
}
