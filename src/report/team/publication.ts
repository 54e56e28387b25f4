/**
 * Publication rounds of a shared report, as the server tells the browser: the round under way,
 * whether it is published (frozen: no change is taken until planning opens the next round), and
 * the versions published so far, each downloadable exactly as it was frozen.
 */
import type { PublicationFile } from '../publication/publicationFiles'

export type PublicationPart = PublicationFile['kind']

export const PUBLICATION_PARTS: readonly PublicationPart[] = ['report', 'changeLogCsv', 'changeLogXlsx', 'summary']

export interface RoundState {
  /** 1 for the first round; opening a new round raises it. */
  readonly round: number
  /** The round has been published: the report is read-only for everyone. */
  readonly frozen: boolean
}

export interface PublishedFileInfo {
  readonly kind: PublicationPart
  readonly name: string
  readonly mime: string
  readonly size: number
}

export interface PublishedVersion {
  /** The round it closed: version N is round N's publication. */
  readonly round: number
  /** The version of the report's log it froze at. */
  readonly logVersion: number
  /** Epoch milliseconds. */
  readonly publishedAt: number
  readonly publishedBy: string
  readonly openErrors: number
  /** Why it was published with errors open; null when none were. */
  readonly reason: string | null
  readonly files: readonly PublishedFileInfo[]
}

/** What GET /api/reports/:id/publications answers. */
export interface Publications extends RoundState {
  readonly versions: readonly PublishedVersion[]
}
