import type { Bilingual } from '../../drafts/syncState'
import { allows } from '../../report/team/access'
import type { Account } from '../../report/team/account'

/**
 * What the person at this screen may do with the open report. The server decides (src/report/team/
 * access.ts, checked on every request); the screens only mirror it, offering nothing it would refuse.
 */
export interface SessionAccess {
  /** Edits, reverts, comments, review statuses and acknowledgements. */
  readonly canEdit: boolean
  /** Importing another report: in team mode that shares it with everyone (planning accounts only). */
  readonly canImport: boolean
  /** Why nothing can be changed here, shown beside the read-only grid and panels; null when canEdit. */
  readonly readOnlyReason: Bilingual | null
  /** Team mode: the signed-in account, whose role decides the review turn it is offered; null in local mode. */
  readonly account: Account | null
}

/** Local mode: the browser's own copy, everything allowed. */
export const FULL_ACCESS: SessionAccess = { canEdit: true, canImport: true, readOnlyReason: null, account: null }

const CONSULTATION: Bilingual = {
  es: 'Su cuenta es de consulta: puede leer, filtrar, ver los gráficos y exportar, pero no cambiar el informe.',
  en: 'Your account is read-only: you can read, filter, see the charts and export, but not change the report.',
}

/** Why a published report takes no change, for everyone: the server refuses every push until the next round. */
export function publishedReason(round: number): Bilingual {
  return {
    es: `Versión ${round} publicada: el informe es de solo lectura hasta que planificación abra una nueva ronda.`,
    en: `Version ${round} published: the report is read-only until planning opens a new round.`,
  }
}

/** Team mode: what the signed-in account's role allows, on a report whose round is published (`publishedRound`) or not (null). */
export function accessOf(account: Account, publishedRound: number | null = null): SessionAccess {
  const canEdit = allows(account, 'records.push') && publishedRound === null
  return {
    canEdit,
    canImport: allows(account, 'reports.share'),
    readOnlyReason: canEdit ? null : publishedRound !== null ? publishedReason(publishedRound) : CONSULTATION,
    account,
  }
}
