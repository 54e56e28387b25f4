/**
 * The message catalog: every visible string, per UI language. Each feature keeps its messages in
 * its own `*Messages.ts` file with a Spanish object and an English one of the same type.
 */
import { shellMessages } from './shellMessages'
import { gridMessages } from '../../grid/gridMessages'
import { exportMessages } from '../../export/exportMessages'
import { panelsMessages } from '../../panels/panelsMessages'
import { draftsMessages } from '../session/draftsMessages'

export type Language = 'es' | 'en'
export const LANGUAGES: readonly Language[] = ['es', 'en']

export const catalog = {
  es: { shell: shellMessages.es, grid: gridMessages.es, export: exportMessages.es, panels: panelsMessages.es, drafts: draftsMessages.es },
  en: { shell: shellMessages.en, grid: gridMessages.en, export: exportMessages.en, panels: panelsMessages.en, drafts: draftsMessages.en },
} satisfies Record<Language, unknown>

export type Messages = (typeof catalog)['es']
