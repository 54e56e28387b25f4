import { createContext, useContext } from 'react'
import type { PublicationPart, Publications, PublishedVersion } from '../../report/team/publication'
import type { Result } from '../../sync/teamApi'

/**
 * Team mode's publication rounds of the open report: where the round stands and the published
 * versions (live: kept current when anyone publishes or opens a round), and the calls planning makes.
 */
export interface PublicationRounds {
  /** Null until the server has answered. */
  readonly state: Publications | null
  /** Whether this account may publish and open rounds (planning). */
  readonly canPublish: boolean
  publish(reason: string | null, lang: 'es' | 'en'): Promise<Result<Publications>>
  openRound(): Promise<Result<unknown>>
  /** Saves a part of a version exactly as the server froze it. */
  download(version: PublishedVersion, part: PublicationPart): Promise<Result<void>>
}

/** Null in local mode (a browser's own copy has no rounds). */
export const PublicationContext = createContext<PublicationRounds | null>(null)

export function usePublicationRounds(): PublicationRounds | null {
  return useContext(PublicationContext)
}
