/** The messages of every way a file can fail to be a report, in Spanish and English. */
import type { ParseError, ParseErrorCode } from './types'

export function parseError(code: ParseErrorCode, es: string, en: string, line?: number, column?: number): ParseError {
  return {
    code,
    message: { es, en },
    ...(line === undefined ? {} : { line }),
    ...(column === undefined ? {} : { column }),
  }
}

/** "línea 12, columna 3" / "line 12, column 3", for messages that say where. */
export function where(line: number, column?: number): { es: string; en: string } {
  return column === undefined
    ? { es: `línea ${line}`, en: `line ${line}` }
    : { es: `línea ${line}, columna ${column}`, en: `line ${line}, column ${column}` }
}

/** The file has no row naming the report's columns: another table, or not a table at all. */
export function noHeaderError(line: number): ParseError {
  return parseError(
    'noHeader',
    'No se encontró la cabecera de la tabla de metas del POA (columnas como «No. DE META», «TOTALES PLANIFICADOS», «PORCENTAJE DE CUMPLIMIENTO»). ¿Es otra tabla?',
    'The header of the POA goals table was not found (columns such as "No. DE META", "TOTALES PLANIFICADOS", "PORCENTAJE DE CUMPLIMIENTO"). Is this a different table?',
    line,
  )
}
