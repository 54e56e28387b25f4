import { foldText } from '../../../report/textFold'
import type { Colleague } from '../../../ui/session/PeopleContext'

type Mentionable = Colleague

/** The longest stretch after '@' still read as a name being typed (names have spaces). */
const MAX_QUERY = 40

/** The '@…' being typed just before the caret: where its '@' is and what follows it; null when none. */
export function mentionQuery(text: string, caret: number): { readonly start: number; readonly query: string } | null {
  const before = text.slice(0, caret)
  const start = before.lastIndexOf('@')
  if (start < 0 || caret - start - 1 > MAX_QUERY) return null
  if (start > 0 && !/\s/.test(before[start - 1]!)) return null
  const query = before.slice(start + 1)
  return /[\n@]/.test(query) ? null : { start, query }
}

/** The people whose name, or one of its words, begins with the query (accents and case ignored). */
export function peopleMatching(people: readonly Mentionable[], query: string): Mentionable[] {
  const q = foldText(query)
  if (q === '') return [...people]
  return people.filter((p) => {
    const name = foldText(p.name)
    return name.startsWith(q) || name.split(' ').some((word) => word.startsWith(q))
  })
}

/** The accounts the text mentions: each person whose '@Name' it contains. */
export function mentionsIn(text: string, people: readonly Mentionable[]): string[] {
  return people.filter((p) => text.includes(`@${p.name}`)).map((p) => p.id)
}

export interface TextPart {
  readonly text: string
  /** True for an '@Name' of someone the comment mentions. */
  readonly mention: boolean
}

/** The comment's text cut at the mentions of these names, to show them apart (as text, never HTML). */
export function mentionParts(text: string, names: readonly string[]): TextPart[] {
  const marks = names.filter((n) => n !== '').map((n) => `@${n}`)
  const parts: TextPart[] = []
  let rest = text
  while (rest !== '') {
    let at = -1
    let mark = ''
    for (const m of marks) {
      const i = rest.indexOf(m)
      if (i >= 0 && (at < 0 || i < at || (i === at && m.length > mark.length))) [at, mark] = [i, m]
    }
    if (at < 0) break
    if (at > 0) parts.push({ text: rest.slice(0, at), mention: false })
    parts.push({ text: mark, mention: true })
    rest = rest.slice(at + mark.length)
  }
  if (rest !== '') parts.push({ text: rest, mention: false })
  return parts
}
