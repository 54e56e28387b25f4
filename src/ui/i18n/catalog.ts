/**
 * The message catalog: every visible string, per UI language. Each feature keeps its messages in
 * its own `*Messages.ts` file with a Spanish object and an English one of the same type.
 */
import { shellMessages } from './shellMessages'
import { gridMessages } from './gridMessages'
import { filesMessages } from './filesMessages'
import { panelsMessages } from './panelsMessages'
import { workspaceMessages } from './workspaceMessages'
import { fixesMessages } from './fixesMessages'
import { teamMessages } from './teamMessages'
import { compareMessages } from './compareMessages'
import { turnMessages } from './turnMessages'
import { unitsMessages } from './unitsMessages'
import { activityMessages } from './activityMessages'

export type Language = 'es' | 'en'
export const LANGUAGES: readonly Language[] = ['es', 'en']

export const catalog = {
  es: {
    shell: shellMessages.es,
    grid: gridMessages.es,
    files: filesMessages.es,
    panels: panelsMessages.es,
    workspace: workspaceMessages.es,
    fixes: fixesMessages.es,
    team: teamMessages.es,
    compare: compareMessages.es,
    turn: turnMessages.es,
    units: unitsMessages.es,
    activity: activityMessages.es,
  },
  en: {
    shell: shellMessages.en,
    grid: gridMessages.en,
    files: filesMessages.en,
    panels: panelsMessages.en,
    workspace: workspaceMessages.en,
    fixes: fixesMessages.en,
    team: teamMessages.en,
    compare: compareMessages.en,
    turn: turnMessages.en,
    units: unitsMessages.en,
    activity: activityMessages.en,
  },
} satisfies Record<Language, unknown>

export type Messages = (typeof catalog)['es']
