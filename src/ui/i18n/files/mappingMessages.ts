import { formatNumber } from '../../../report/numbers'

/** The mapping step of an import (which file column is each report column) and the column templates. */
const es = {
  mappingTitle: (fileName: string) => `Columnas de «${fileName}»`,
  mappingUnknown:
    'La cabecera de este archivo no es la del formulario conocido. Revise qué columna del archivo corresponde a cada columna del informe; la vista previa muestra cómo se leerá.',
  mappingReview: 'Revise qué columna del archivo corresponde a cada columna del informe; la vista previa muestra cómo se leerá.',
  mappingFromTemplate: 'Propuesta de la plantilla guardada para este formulario.',
  mappingNoHeader: 'No se encontró una fila de cabecera entre las 30 primeras: elija la fila que nombra las columnas.',
  mappingSheet: 'Hoja',
  mappingSheetOption: (name: string, rows: number) => `${name} (${formatNumber(rows)} ${rows === 1 ? 'fila' : 'filas'})`,
  mappingHeaderRow: 'Fila de la cabecera',
  mappingRowOption: (line: number, text: string) => `${line}: ${text}`,
  mappingBlankRow: '(vacía)',
  mappingTwoRows: 'La cabecera ocupa dos filas (un grupo sobre las columnas)',
  mappingColumns: 'Columnas del informe',
  mappingRequired: 'obligatoria',
  mappingAbsent: '— No está en el archivo —',
  mappingFileColumn: (letter: string, label: string) => `${letter}: ${label}`,
  mappingUnnamed: '(sin nombre)',
  mappingMissingTitle: 'Columnas obligatorias sin asignar',
  mappingMissingItem: (label: string, need: string) => `${label}: ${need}.`,
  mappingMissingNote: 'Puede abrir el archivo sin ellas: se indicará una vez para todo el informe.',
  mappingExtrasTitle: 'Columnas propias del archivo',
  mappingExtrasNote: 'Se conservan, se muestran de solo lectura y se exportan.',
  mappingScale: 'Los porcentajes de cumplimiento del archivo están escritos como',
  mappingScalePoints: 'puntos: 85, 85 % o una celda con formato de porcentaje',
  mappingScaleFraction: 'fracciones: 0,85 es 85 %',
  mappingPreview: (count: number) => `Vista previa: ${count === 1 ? 'la primera meta' : `las ${count} primeras metas`} como se leerán`,
  mappingPreviewLine: 'Fila',
  mappingConfirm: 'Abrir con estas columnas',
  templatesTitle: 'Plantillas de columnas',
  templatesCount: (count: number) =>
    count === 0
      ? 'Ninguna guardada. Al confirmar las columnas de un archivo se guarda una para su formulario.'
      : `${formatNumber(count)} ${count === 1 ? 'guardada' : 'guardadas'}: los archivos de esos formularios se abren sin preguntar.`,
  templatesExport: 'Exportar plantillas…',
  templatesImport: 'Importar plantillas…',
  templatesFileLabel: 'Archivo de plantillas (JSON)',
  templatesFileName: 'plantillas-columnas.json',
  templatesImported: (count: number) => `${formatNumber(count)} ${count === 1 ? 'plantilla importada' : 'plantillas importadas'}.`,
  templatesFailed: (reason: string) => `No se importaron plantillas: ${reason}`,
  reviewColumns: 'Revisar columnas antes de abrir',
}

export type MappingMessages = typeof es

const en: MappingMessages = {
  mappingTitle: (fileName) => `Columns of “${fileName}”`,
  mappingUnknown: 'This file’s header is not the known form’s. Check which file column holds each report column; the preview shows how it will be read.',
  mappingReview: 'Check which file column holds each report column; the preview shows how it will be read.',
  mappingFromTemplate: 'Proposed by the template saved for this form.',
  mappingNoHeader: 'No header row was found among the first 30: choose the row that names the columns.',
  mappingSheet: 'Sheet',
  mappingSheetOption: (name, rows) => `${name} (${rows.toLocaleString('en-US')} ${rows === 1 ? 'row' : 'rows'})`,
  mappingHeaderRow: 'Header row',
  mappingRowOption: (line, text) => `${line}: ${text}`,
  mappingBlankRow: '(blank)',
  mappingTwoRows: 'The header spans two rows (a group over the columns)',
  mappingColumns: 'Report columns',
  mappingRequired: 'required',
  mappingAbsent: '— Not in the file —',
  mappingFileColumn: (letter, label) => `${letter}: ${label}`,
  mappingUnnamed: '(no name)',
  mappingMissingTitle: 'Required columns not matched',
  mappingMissingItem: (label, need) => `${label}: ${need}.`,
  mappingMissingNote: 'You can open the file without them: it is said once for the whole report.',
  mappingExtrasTitle: 'The file’s own columns',
  mappingExtrasNote: 'Kept, shown read-only and exported.',
  mappingScale: 'The file writes fulfillment percentages as',
  mappingScalePoints: 'points: 85, 85 % or a cell formatted as a percentage',
  mappingScaleFraction: 'fractions: 0.85 is 85 %',
  mappingPreview: (count) => `Preview: the first ${count === 1 ? 'goal' : `${count} goals`} as they will be read`,
  mappingPreviewLine: 'Row',
  mappingConfirm: 'Open with these columns',
  templatesTitle: 'Column templates',
  templatesCount: (count) =>
    count === 0 ? 'None saved. Confirming a file’s columns saves one for its form.' : `${count.toLocaleString('en-US')} saved: files of those forms open without asking.`,
  templatesExport: 'Export templates…',
  templatesImport: 'Import templates…',
  templatesFileLabel: 'Templates file (JSON)',
  templatesFileName: 'column-templates.json',
  templatesImported: (count) => `${count.toLocaleString('en-US')} ${count === 1 ? 'template' : 'templates'} imported.`,
  templatesFailed: (reason) => `No templates were imported: ${reason}`,
  reviewColumns: 'Review the columns before opening',
}

export const mappingMessages = { es, en }
