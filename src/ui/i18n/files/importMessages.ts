import { formatNumber } from '../../../report/numbers'

/** The import dialog and the drop zone. */
const es = {
  importTitle: 'Importar un informe',
  importIntro: 'Elija o arrastre un archivo TSV, CSV o XLSX con la tabla de metas. Se abrirá como un nuevo espacio de trabajo; los demás no cambian.',
  importChoose: 'Elegir archivo…',
  importFileLabel: 'Archivo del informe (TSV, CSV o XLSX)',
  importProgress: 'Progreso de la importación',
  importReading: (done: number, total: number) => `Leyendo: ${formatNumber(done / 1048576, 1, 1)} de ${formatNumber(total / 1048576, 1, 1)} MB`,
  importParsing: 'Analizando el informe…',
  importSaving: 'Guardando el espacio de trabajo…',
  importFailed: (fileName: string, reason: string) => `No se pudo importar «${fileName}»: ${reason}`,
  importDone: (fileName: string) => `Informe «${fileName}» abierto como espacio de trabajo.`,
  importNoStorage: 'Este navegador no permite guardar otro informe (almacenamiento no disponible).',
  dropHere: 'Suelte el archivo para importarlo como un nuevo espacio de trabajo',
  /** Team mode: importing a file shares it with the team (see useImportWording). */
  teamImport: {
    button: 'Compartir un informe',
    title: 'Compartir un informe',
    intro:
      'Elija o arrastre un archivo TSV, CSV o XLSX con la tabla de metas. Se subirá al servidor y todo el equipo lo verá en «Informes compartidos»; los informes ya compartidos no cambian.',
    saving: 'Compartiendo el informe con el equipo…',
    failed: (fileName: string, reason: string) => `No se pudo compartir «${fileName}»: ${reason}`,
    done: (fileName: string) => `Informe «${fileName}» compartido con el equipo.`,
    dropHere: 'Suelte el archivo para compartirlo con el equipo',
  },
}

export type ImportMessages = typeof es

const en: ImportMessages = {
  importTitle: 'Import a report',
  importIntro: 'Choose or drop a TSV, CSV or XLSX file with the goals table. It opens as a new workspace; the others do not change.',
  importChoose: 'Choose file…',
  importFileLabel: 'Report file (TSV, CSV or XLSX)',
  importProgress: 'Import progress',
  importReading: (done, total) => `Reading: ${(done / 1048576).toFixed(1)} of ${(total / 1048576).toFixed(1)} MB`,
  importParsing: 'Reading the report…',
  importSaving: 'Saving the workspace…',
  importFailed: (fileName, reason) => `“${fileName}” could not be imported: ${reason}`,
  importDone: (fileName) => `Report “${fileName}” opened as a workspace.`,
  importNoStorage: 'This browser cannot keep another report (storage unavailable).',
  dropHere: 'Drop the file to import it as a new workspace',
  teamImport: {
    button: 'Share a report',
    title: 'Share a report',
    intro:
      'Choose or drop a TSV, CSV or XLSX file with the goals table. It is uploaded to the server and the whole team sees it under “Shared reports”; the reports already shared do not change.',
    saving: 'Sharing the report with the team…',
    failed: (fileName, reason) => `“${fileName}” could not be shared: ${reason}`,
    done: (fileName) => `Report “${fileName}” shared with the team.`,
    dropHere: 'Drop the file to share it with the team',
  },
}

export const importMessages = { es, en }
