/**
 * The team API's publication rounds of a shared report: where the round stands and the published
 * versions, publishing the round under way and opening the next (planning), a version's parts as frozen.
 */
import type { PublicationPart, Publications, RoundState } from '../report/team/publication'
import { bytes, whole, type Call, type Result } from './teamCall'

export interface PublicationApi {
  publications(report: string): Promise<Result<Publications>>
  /** Publishes the round under way (planning); `reason` is required while error findings remain. */
  publish(report: string, reason: string | null, lang: 'es' | 'en'): Promise<Result<Publications>>
  openRound(report: string): Promise<Result<RoundState>>
  /** A part of a published version, exactly as the server froze it. */
  publishedFile(report: string, round: number, part: PublicationPart): Promise<Result<Uint8Array>>
}

export function publicationApi(call: Call): PublicationApi {
  const reportPath = (report: string) => `/api/reports/${encodeURIComponent(report)}`
  const roundState = whole<RoundState>((b) => typeof b['round'] === 'number' && typeof b['frozen'] === 'boolean')
  const rounds = whole<Publications>((b) => typeof b['round'] === 'number' && Array.isArray(b['versions']))
  return {
    publications: (report) => call('GET', `${reportPath(report)}/publications`, rounds),
    publish: (report, reason, lang) => call('POST', `${reportPath(report)}/publications`, rounds, { json: { reason, lang } }),
    openRound: (report) => call('POST', `${reportPath(report)}/rounds`, roundState),
    publishedFile: (report, round, part) => call('GET', `${reportPath(report)}/publications/${round}/${part}`, bytes),
  }
}
