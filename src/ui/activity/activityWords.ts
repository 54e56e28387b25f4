import type { ActivityEntry } from '../../drafts/activity'
import { columnDef } from '../../report/columns'
import type { ReviewStatus } from '../../report/reviewStatus'
import type { Language, Messages } from '../i18n/catalog'

/** An entry in words: the field it changed, from what to what (empty when it has no before/after), and what else it said. */
export interface ActivityWords {
  readonly kind: string
  readonly what: string
  readonly before: string
  readonly after: string
  readonly detail: string
}

export interface WordsContext {
  readonly language: Language
  readonly messages: Messages
  /** The review statuses as this session names them (team mode speaks of the turn). */
  readonly statusNames: Readonly<Record<ReviewStatus, string>>
  /** A unit's name from its id (the id itself when the unit is not known here). */
  readonly unitName: (unit: string) => string
}

/** Who made it: the account, else the name typed in this browser, else "this browser". */
export function activityAuthor(entry: ActivityEntry, messages: Messages): string {
  return entry.author?.name ?? (entry.by.trim() || messages.activity.thisBrowser)
}

export function activityWords(entry: ActivityEntry, { language, messages, statusNames, unitName }: WordsContext): ActivityWords {
  const t = messages.activity
  const kind = t.kinds[entry.kind]
  switch (entry.kind) {
    case 'edit':
      return {
        kind,
        what: columnDef(entry.column).label[language],
        before: entry.before,
        after: entry.after,
        detail: entry.step === 'undo' ? t.undid : entry.step === 'redo' ? t.redid : '',
      }
    case 'status': {
      return { kind, what: t.statusWhat, before: statusNames[entry.before], after: statusNames[entry.after], detail: entry.reason ? t.reason(entry.reason) : '' }
    }
    case 'comment':
      return { kind, what: '', before: '', after: '', detail: entry.resolution ? t.resolvedThread : t.commented(entry.text) }
    case 'ack': {
      const names: Partial<Record<string, string>> = messages.panels.ruleNames
      const rule = names[entry.rule] ?? entry.rule
      const finding = t.findingOf(rule, entry.column === null ? null : columnDef(entry.column).label[language])
      return { kind, what: '', before: '', after: '', detail: entry.withdrawn ? t.withdrew(finding) : t.acknowledged(finding, entry.reason) }
    }
    case 'assign': {
      const name = (unit: string | null) => (unit === null ? t.noUnit : unitName(unit))
      return { kind, what: t.unitWhat, before: name(entry.before), after: name(entry.after), detail: '' }
    }
  }
}
