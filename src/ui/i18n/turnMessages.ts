import { formatNumber } from '../../report/numbers'
import type { ReviewStatus } from '../../report/reviewStatus'

/** Team mode's review cycle: the turn of a meta, its comments' threads and mentions, the «Pendientes» inbox. */
const es = {
  // The statuses as team mode names the turn (local mode keeps workspace.reviewStatuses: «Revisada»).
  statuses: {
    unreviewed: 'Sin revisar',
    reviewed: 'Lista para revisión',
    needsCorrection: 'Requiere corrección',
    approved: 'Aprobada',
  } satisfies Record<ReviewStatus, string>,
  statusNow: 'Estado',
  statusBy: (author: string, when: string) => `por ${author}, ${when}`,
  reasonLabel: 'Qué debe corregirse',
  moves: {
    unreviewed: 'Volver a sin revisar',
    reviewed: 'Marcar lista para revisión',
    needsCorrection: 'Devolver para corrección',
    approved: 'Aprobar',
  } satisfies Record<ReviewStatus, string>,
  returnConfirm: 'Devolver',
  returnCancel: 'Cancelar',
  reasonEmpty: 'Escriba qué debe corregirse antes de devolver la meta.',
  noMoves: 'Su cuenta no tiene ningún paso de revisión que dar en esta meta ahora.',
  turnLegend: 'Paso de revisión',
  refused: (message: string) => `El servidor no aceptó el cambio: ${message}`,
  // comments
  reply: 'Responder',
  replyLabel: 'Respuesta',
  sendReply: 'Enviar respuesta',
  resolve: 'Resolver',
  resolvedBy: (author: string) => `Hilo resuelto por ${author}`,
  showResolved: (n: number) => `Ver hilo resuelto (${formatNumber(n)} ${n === 1 ? 'comentario' : 'comentarios'})`,
  hideResolved: 'Ocultar hilo resuelto',
  threadLabel: (author: string) => `Hilo de ${author}`,
  replyOpens: 'Responder vuelve a abrir el hilo.',
  mentionHint: 'Escriba @ para mencionar a una persona: la verá en sus Pendientes.',
  mentionOptions: 'Personas que puede mencionar',
  noPeople: 'Nadie coincide',
  // inbox
  pendingButton: (n: number) => `Pendientes (${formatNumber(n)})`,
  pendingTitle: 'Pendientes',
  pendingClose: 'Cerrar Pendientes',
  pendingNone: 'No tiene nada pendiente.',
  pendingHint: '↑ ↓ para moverse, Intro para abrir la meta.',
  metaName: (no: string) => (no.trim() === '' ? 'Meta sin número' : `Meta ${no}`),
  pendingReturned: (reason: string) => (reason === '' ? 'Requiere corrección' : `Requiere corrección: ${reason}`),
  pendingToSubmit: 'Sin enviar a revisión',
  pendingToReview: 'Lista para revisión',
  pendingMention: (author: string, text: string) => `${author} le mencionó: ${text}`,
}

export type TurnMessages = typeof es

const en: TurnMessages = {
  statuses: { unreviewed: 'Not reviewed', reviewed: 'Ready for review', needsCorrection: 'Needs correction', approved: 'Approved' },
  statusNow: 'Status',
  statusBy: (author, when) => `by ${author}, ${when}`,
  reasonLabel: 'What must be corrected',
  moves: {
    unreviewed: 'Back to not reviewed',
    reviewed: 'Mark ready for review',
    needsCorrection: 'Return for correction',
    approved: 'Approve',
  },
  returnConfirm: 'Return',
  returnCancel: 'Cancel',
  reasonEmpty: 'Write what must be corrected before returning the goal.',
  noMoves: 'Your account has no review step to take on this goal now.',
  turnLegend: 'Review step',
  refused: (message) => `The server did not accept the change: ${message}`,
  reply: 'Reply',
  replyLabel: 'Reply',
  sendReply: 'Send reply',
  resolve: 'Resolve',
  resolvedBy: (author) => `Thread resolved by ${author}`,
  showResolved: (n) => `Show resolved thread (${formatNumber(n)} ${n === 1 ? 'comment' : 'comments'})`,
  hideResolved: 'Hide resolved thread',
  threadLabel: (author) => `Thread by ${author}`,
  replyOpens: 'Replying opens the thread again.',
  mentionHint: 'Type @ to mention someone: they will see it in their Pending list.',
  mentionOptions: 'People you can mention',
  noPeople: 'Nobody matches',
  pendingButton: (n) => `Pending (${formatNumber(n)})`,
  pendingTitle: 'Pending',
  pendingClose: 'Close Pending',
  pendingNone: 'Nothing is pending for you.',
  pendingHint: '↑ ↓ to move, Enter to open the goal.',
  metaName: (no) => (no.trim() === '' ? 'Goal without number' : `Goal ${no}`),
  pendingReturned: (reason) => (reason === '' ? 'Needs correction' : `Needs correction: ${reason}`),
  pendingToSubmit: 'Not yet submitted for review',
  pendingToReview: 'Ready for review',
  pendingMention: (author, text) => `${author} mentioned you: ${text}`,
}

export const turnMessages = { es, en }
