import { formatNumber } from '../../report/numbers'

const es = {
  appName: 'Revisión de metas POA',
  skipToGrid: 'Saltar a la tabla de metas',
  headerRegion: 'Informe abierto',
  yearLabel: (year: number | null) => (year === null ? 'Año no indicado' : `Rendición de cuentas ${year}`),
  metaCount: (n: number) => `${formatNumber(n)} ${n === 1 ? 'meta' : 'metas'}`,
  languageLabel: 'Idioma',
  languageNames: { es: 'Español', en: 'English' },
  mainRegion: 'Metas del informe',
  sidePanelRegion: 'Panel lateral',
  showSidePanel: 'Mostrar panel lateral',
  hideSidePanel: 'Ocultar panel lateral',
  statusBar: 'Barra de estado',
  loadingReport: 'Cargando el informe…',
  loadFailed: 'No se pudo abrir el informe',
  retry: 'Reintentar',
  partFailed: 'Esta parte no se pudo cargar. Compruebe la conexión y vuelva a intentarlo; sus borradores están guardados.',
  pageFailedTitle: 'Algo falló al mostrar la página',
  pageFailedBody: 'Sus borradores están guardados en este navegador. Vuelva a cargar la página para seguir trabajando.',
  reload: 'Volver a cargar',
  notFoundTitle: 'Página no encontrada',
  notFoundBody: 'La dirección no corresponde a ninguna vista de la aplicación.',
  backToReport: 'Volver al informe',
}

export type ShellMessages = typeof es

const en: ShellMessages = {
  appName: 'POA goals review',
  skipToGrid: 'Skip to the goals table',
  headerRegion: 'Open report',
  yearLabel: (year) => (year === null ? 'Year not stated' : `Accountability report ${year}`),
  metaCount: (n) => `${n.toLocaleString('en-US')} ${n === 1 ? 'goal' : 'goals'}`,
  languageLabel: 'Language',
  languageNames: { es: 'Español', en: 'English' },
  mainRegion: 'Report goals',
  sidePanelRegion: 'Side panel',
  showSidePanel: 'Show side panel',
  hideSidePanel: 'Hide side panel',
  statusBar: 'Status bar',
  loadingReport: 'Loading the report…',
  loadFailed: 'The report could not be opened',
  retry: 'Try again',
  partFailed: 'This part could not be loaded. Check the connection and try again; your drafts are saved.',
  pageFailedTitle: 'Something went wrong showing the page',
  pageFailedBody: 'Your drafts are saved in this browser. Reload the page to keep working.',
  reload: 'Reload',
  notFoundTitle: 'Page not found',
  notFoundBody: 'This address does not match any view of the app.',
  backToReport: 'Back to the report',
}

export const shellMessages = { es, en }
