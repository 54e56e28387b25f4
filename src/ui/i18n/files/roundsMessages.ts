import { formatNumber } from '../../../report/numbers'

/** Team mode's publication rounds: publishing a version, the banner of a published round, the published versions. */
const es = {
  publishVersionButton: 'Publicar versión',
  publishVersionTitle: 'Publicar versión',
  publishVersionIntro: (round: number) =>
    `Se congela la versión ${formatNumber(round)}: el informe en su formato original con los cambios aplicados, el registro de cambios y el resumen. El informe quedará de solo lectura para todos hasta que planificación abra una nueva ronda.`,
  reasonLabel: 'Motivo',
  reasonNeeded: (n: number) => `Quedan ${formatNumber(n)} ${n === 1 ? 'error abierto' : 'errores abiertos'}: escriba el motivo para publicar de todos modos. Queda registrado.`,
  publishConfirm: 'Publicar',
  publishing: 'Publicando…',
  openRoundButton: 'Abrir nueva ronda',
  publishedRegion: 'Versión publicada',
  versionsButton: 'Versiones publicadas',
  versionsTitle: 'Versiones publicadas',
  noVersions: 'Todavía no se ha publicado ninguna versión.',
  versionHeading: (round: number) => `Versión ${formatNumber(round)}`,
  publishedByOn: (name: string, when: string) => `Publicada por ${name} el ${when}`,
  publishedReason: (reason: string) => `Motivo: ${reason}`,
  downloadPart: {
    report: (round: number) => `Descargar informe de la versión ${formatNumber(round)}`,
    changeLogCsv: (round: number) => `Descargar registro de cambios (CSV) de la versión ${formatNumber(round)}`,
    changeLogXlsx: (round: number) => `Descargar registro de cambios (XLSX) de la versión ${formatNumber(round)}`,
    summary: (round: number) => `Descargar resumen de la versión ${formatNumber(round)}`,
  },
}

export type RoundsMessages = typeof es

const en: RoundsMessages = {
  publishVersionButton: 'Publish version',
  publishVersionTitle: 'Publish version',
  publishVersionIntro: (round) =>
    `Freezes version ${round.toLocaleString('en-US')}: the report in its original format with the changes applied, the change log and the summary. The report becomes read-only for everyone until planning opens a new round.`,
  reasonLabel: 'Reason',
  reasonNeeded: (n) => `${n.toLocaleString('en-US')} ${n === 1 ? 'error remains' : 'errors remain'} open: give the reason to publish anyway. It is logged.`,
  publishConfirm: 'Publish',
  publishing: 'Publishing…',
  openRoundButton: 'Open a new round',
  publishedRegion: 'Published version',
  versionsButton: 'Published versions',
  versionsTitle: 'Published versions',
  noVersions: 'No version has been published yet.',
  versionHeading: (round) => `Version ${round.toLocaleString('en-US')}`,
  publishedByOn: (name, when) => `Published by ${name} on ${when}`,
  publishedReason: (reason) => `Reason: ${reason}`,
  downloadPart: {
    report: (round) => `Download the report of version ${round.toLocaleString('en-US')}`,
    changeLogCsv: (round) => `Download the change log (CSV) of version ${round.toLocaleString('en-US')}`,
    changeLogXlsx: (round) => `Download the change log (XLSX) of version ${round.toLocaleString('en-US')}`,
    summary: (round) => `Download the summary of version ${round.toLocaleString('en-US')}`,
  },
}

export const roundsMessages = { es, en }
