/** When a file was written, in words of the UI's language (the export's description, the publication summary). */
import type { Bilingual } from './types'

export function exportTimeText(at: Date, lang: keyof Bilingual): string {
  return new Intl.DateTimeFormat(lang === 'es' ? 'es-EC' : 'en-US', { dateStyle: 'long', timeStyle: 'short' }).format(at)
}
