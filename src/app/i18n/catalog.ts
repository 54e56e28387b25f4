/**
 * The message catalog: every visible string, per UI language. Each feature keeps its messages in
 * its own `*Messages.ts` file with a Spanish object and an English one of the same type.
 */
import { shellMessages } from './shellMessages'
import { exportMessages } from '../../export/exportMessages'

export type Language = 'es' | 'en'
export const LANGUAGES: readonly Language[] = ['es', 'en']

export const catalog = {
  es: { shell: shellMessages.es, export: exportMessages.es },
  en: { shell: shellMessages.en, export: exportMessages.en },
} satisfies Record<Language, unknown>

export type Messages = (typeof catalog)['es']
