/** The catalog of every way a file can fail to be a report: what is wrong and where, in Spanish and English. */
import { formatNumber } from './numbers'
import type { Bilingual, ParseError, ParseErrorCode } from './types'

function parseError(code: ParseErrorCode, es: string, en: string, line?: number, column?: number): ParseError {
  return {
    code,
    message: { es, en },
    ...(line === undefined ? {} : { line }),
    ...(column === undefined ? {} : { column }),
  }
}

/** "línea 12, columna 3" / "line 12, column 3", for messages that say where. */
export function where(line: number, column?: number): Bilingual {
  return column === undefined ? { es: `línea ${line}`, en: `line ${line}` } : { es: `línea ${line}, columna ${column}`, en: `line ${line}, column ${column}` }
}

/** Where in a file: "hoja «POA», fila 7" for a sheet, "línea 7" for text. */
export function wherePlace(line: number, sheet?: string): Bilingual {
  return sheet === undefined ? where(line) : { es: `hoja «${sheet}», fila ${line}`, en: `sheet "${sheet}", row ${line}` }
}

const quoted = (labels: readonly string[], lang: 'es' | 'en') => labels.map((l) => (lang === 'es' ? `«${l}»` : `"${l}"`)).join(', ')

const AGAIN = { es: 'Vuelva a copiarlo o descargarlo completo.', en: 'Copy or download it again in full.' }

export const parseErrors = {
  empty: () => parseError('empty', 'El archivo está vacío.', 'The file is empty.', 1),

  tooLarge: (bytes: number, max: number) => {
    const mb = (n: number) => n / 1024 / 1024
    const es = (n: number) => formatNumber(mb(n), 1, 1)
    const en = (n: number) => mb(n).toFixed(1)
    return parseError('tooLarge', `El archivo pesa ${es(bytes)} MB; el máximo es ${es(max)} MB.`, `The file is ${en(bytes)} MB; the maximum is ${en(max)} MB.`)
  },

  binary: (line: number) =>
    parseError(
      'binary',
      'El archivo no es texto ni una hoja XLSX (contiene datos binarios). Abra un TXT/TSV, CSV o XLSX del informe.',
      'The file is neither text nor an XLSX sheet (it holds binary data). Open a TXT/TSV, CSV or XLSX of the report.',
      line,
    ),

  cutCharacter: (line: number) =>
    parseError(
      'truncated',
      `El archivo termina a mitad de un carácter: parece cortado. ${AGAIN.es}`,
      `The file ends in the middle of a character: it seems cut off. ${AGAIN.en}`,
      line,
    ),

  notUtf8: () => parseError('encoding', 'El archivo dice ser UTF-8 pero contiene bytes que no lo son.', 'The file says it is UTF-8 but holds bytes that are not.'),

  oddUtf16: () => parseError('truncated', 'El archivo UTF-16 tiene un número impar de bytes: parece cortado.', 'The UTF-16 file has an odd number of bytes: it seems cut off.'),

  notUtf16: () => parseError('encoding', 'El archivo dice ser UTF-16 pero no lo es.', 'The file says it is UTF-16 but is not.'),

  /** The file has no row naming the report's columns: another table, or not a table at all. `sheets`: the XLSX sheets searched. */
  noHeader: (line: number, sheets?: readonly string[]) => {
    const inSheets = (lang: 'es' | 'en') => {
      if (!sheets || sheets.length === 0) return ''
      if (sheets.length === 1) return lang === 'es' ? ` en la hoja «${sheets[0]}»` : ` on sheet "${sheets[0]}"`
      return lang === 'es' ? ` en ninguna hoja (${quoted(sheets, 'es')})` : ` on any sheet (${quoted(sheets, 'en')})`
    }
    return parseError(
      'noHeader',
      `No se encontró la cabecera de la tabla de metas del POA (columnas como «No. DE META», «TOTALES PLANIFICADOS», «PORCENTAJE DE CUMPLIMIENTO»)${inSheets('es')}. ¿Es otra tabla?`,
      `The header of the POA goals table was not found (columns such as "No. DE META", "TOTALES PLANIFICADOS", "PORCENTAJE DE CUMPLIMIENTO")${inSheets('en')}. Is this a different table?`,
      line,
    )
  },

  emptyWorkbook: () => parseError('emptySheet', 'El libro XLSX no tiene datos en ninguna hoja.', 'The XLSX workbook has no data on any sheet.'),

  emptySheet: (sheet: string) => parseError('emptySheet', `La hoja «${sheet}» está vacía: elija otra.`, `Sheet "${sheet}" is empty: choose another.`),

  noSheet: (sheet: string, sheets: readonly string[]) =>
    parseError('noSheet', `El libro no tiene la hoja «${sheet}» (tiene ${quoted(sheets, 'es')}).`, `The workbook has no sheet "${sheet}" (it has ${quoted(sheets, 'en')}).`),

  /** The mapping's header row is past the file's end or blank. */
  mappingNoHeaderRow: (line: number, sheet?: string) => {
    const at = wherePlace(line, sheet)
    return parseError('mapping', `La cabecera elegida (${at.es}) no existe o está vacía.`, `The chosen header (${at.en}) does not exist or is blank.`, line)
  },

  /** A mapping (a template, a --mapping file) names columns the file's header lacks. */
  mappingLacks: (line: number, labels: readonly Bilingual[], sheet?: string) => {
    const at = wherePlace(line, sheet)
    return parseError(
      'mapping',
      `La asignación de columnas nombra columnas que la cabecera del archivo (${at.es}) no tiene: ${quoted(
        labels.map((l) => l.es),
        'es',
      )}.`,
      `The column mapping names columns the file's header (${at.en}) lacks: ${quoted(
        labels.map((l) => l.en),
        'en',
      )}.`,
      line,
    )
  },

  /** The file is already a workspace with drafts, read through other columns. */
  mappingChangedWithDrafts: () =>
    parseError(
      'mapping',
      'Este archivo ya está abierto con otra lectura de sus columnas y tiene cambios guardados: leerlo de otra forma los pondría en otras celdas. Ábralo como está, o elimínelo antes para leerlo de nuevo.',
      'This file is already open with another reading of its columns and has saved changes: reading it another way would put them in other cells. Open it as it is, or delete it first to read it again.',
    ),

  mappingEmpty: () =>
    parseError('mapping', 'La asignación no lee ninguna columna del informe: asigne al menos una.', 'The mapping reads none of the report’s columns: match at least one.'),

  /** A header, but no row under it holds anything in the mapped columns. */
  rowsDontFit: (line: number, sheet?: string) => {
    const at = wherePlace(line, sheet)
    return parseError(
      'rowsDontFit',
      `Las filas bajo la cabecera (${at.es}) no encajan en ella: ninguna tiene datos en las columnas asignadas.`,
      `The rows under the header (${at.en}) do not fit it: none holds data in the matched columns.`,
      line,
    )
  },

  missingColumns: (line: number, labels: readonly Bilingual[], sheet?: string) => {
    const at = wherePlace(line, sheet)
    const es = labels.map((l) => l.es).join(', ')
    const en = labels.map((l) => l.en).join(', ')
    return parseError('missingColumns', `A la cabecera (${at.es}) le faltan columnas: ${es}.`, `The header (${at.en}) lacks columns: ${en}.`, line)
  },

  noRows: (line: number, sheet?: string) => {
    const at = wherePlace(line, sheet)
    return parseError('noRows', `La tabla tiene cabecera (${at.es}) pero ninguna meta.`, `The table has a header (${at.en}) but no goals.`, line)
  },

  cutRow: (line: number, column: number) => {
    const at = where(line, column)
    return parseError(
      'truncated',
      `El archivo termina a mitad de una fila (${at.es}): parece cortado. ${AGAIN.es}`,
      `The file ends in the middle of a row (${at.en}): it seems cut off. ${AGAIN.en}`,
      line,
      column,
    )
  },

  unclosedQuote: (line: number, column: number) => {
    const at = where(line, column)
    return parseError(
      'truncated',
      `Una celda entre comillas abre en ${at.es} y no se cierra: el archivo parece cortado.`,
      `A quoted cell opens at ${at.en} and never closes: the file seems cut off.`,
      line,
      column,
    )
  },

  xlsxNeedsFileParser: () => parseError('xlsx', 'Los archivos XLSX se leen con parseReportFile.', 'XLSX files are read with parseReportFile.'),

  xlsxUnreadable: (detail: string) =>
    parseError(
      'xlsx',
      'No se pudo leer el libro XLSX: el archivo está dañado o cortado, o no es un XLSX.',
      `The XLSX workbook could not be read: the file is damaged or cut off, or is not an XLSX (${detail}).`,
    ),
}
