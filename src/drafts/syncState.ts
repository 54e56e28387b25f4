import type { OthersWaiting } from './waitingTally'

/** How a team session stands with the server: the types the replicator reports and the UI reads. */

/** A message in both UI languages (the server's own refusals come this way). */
export interface Bilingual {
  readonly es: string
  readonly en: string
}

/** What the replicator last found out about the server. */
export type Connection =
  /** Opened, and the server not heard from yet: the team's changes since this browser last had them may still come. */
  | { readonly status: 'connecting' }
  | { readonly status: 'online' }
  | { readonly status: 'offline' }
  /** The session expired or was ended: nothing is pushed until the user signs in again. */
  | { readonly status: 'signedOut' }
  /** The server refused a batch (bad record, role): pushing stops; the records stay here. */
  | { readonly status: 'refused'; readonly reason: Bilingual }

export type SyncStatus = 'connecting' | 'synced' | 'syncing' | 'offline' | 'signedOut' | 'refused'

/**
 * Team mode only: whether the server has acknowledged everything this browser wrote. `waiting`
 * counts changes as the user counts them (one per cell, status, finding; each comment).
 */
export interface SyncState {
  readonly status: SyncStatus
  /** This account's changes: only these are sent by this session. */
  readonly waiting: number
  readonly reason?: Bilingual
  /** Changes here by other accounts (or made without one), when there are any: they wait for their author. */
  readonly others?: readonly OthersWaiting[]
}

export function syncState(connection: Connection, waiting: number, others: readonly OthersWaiting[] = []): SyncState {
  const state: SyncState =
    connection.status === 'refused'
      ? { status: 'refused', waiting, reason: connection.reason }
      : connection.status !== 'online'
        ? { status: connection.status, waiting }
        : { status: waiting === 0 ? 'synced' : 'syncing', waiting }
  return others.length > 0 ? { ...state, others } : state
}
