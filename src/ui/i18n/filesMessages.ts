/** The files feature's messages: its toolbar, and one part per dialog (export, saved views, import, publication, team rounds). */
import { exportMessages } from './files/exportMessages'
import { savedViewsMessages } from './files/savedViewsMessages'
import { importMessages } from './files/importMessages'
import { mappingMessages } from './files/mappingMessages'
import { publicationMessages } from './files/publicationMessages'
import { roundsMessages } from './files/roundsMessages'

const es = {
  toolbar: 'Acciones del informe',
  exportButton: 'Exportar',
  publishButton: 'Publicar',
  importButton: 'Importar',
  close: 'Cerrar',
  cancel: 'Cancelar',
  ...exportMessages.es,
  ...savedViewsMessages.es,
  ...importMessages.es,
  ...mappingMessages.es,
  ...publicationMessages.es,
  ...roundsMessages.es,
}

export type FilesMessages = typeof es

const en: FilesMessages = {
  toolbar: 'Report actions',
  exportButton: 'Export',
  publishButton: 'Publish',
  importButton: 'Import',
  close: 'Close',
  cancel: 'Cancel',
  ...exportMessages.en,
  ...savedViewsMessages.en,
  ...importMessages.en,
  ...mappingMessages.en,
  ...publicationMessages.en,
  ...roundsMessages.en,
}

export const filesMessages = { es, en }
