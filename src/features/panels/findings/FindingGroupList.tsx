import { useEffect, useRef, useState } from 'react'
import type { Finding } from '../../../report/findings'
import { useLanguage } from '../../../ui/i18n/LanguageProvider'
import { ruleDef } from '../../../report/findings'
import { severityDef } from '../../../report/severities'
import type { FindingAcks } from './findingAcks'
import { FindingItem, findingAction } from './FindingItem'
import { FixAllAction } from './FixAllAction'
import type { FindingGroup } from './groupFindings'
import styles from './FindingGroupList.module.css'
import severityText from '../../../ui/severityText.module.css'

/** Long groups (spacing findings can run to hundreds) show this many until asked for more. */
const PAGE = 50

// A group's text takes its severity's colour, in bold; its badge is filled with it.
const SEVERITY_CLASS = {
  error: { group: severityText.error, badge: styles.badgeError },
  warning: { group: severityText.warning, badge: styles.badgeWarning },
  info: { group: severityText.info, badge: styles.badgeInfo },
} as const

/** A group's open/close button: the only control of the group that says whether it is expanded. */
const TOGGLE = 'button[aria-expanded]'

/** Where an acknowledged finding was, so focus can land on what took its place. */
interface Acknowledged {
  readonly finding: Finding
  readonly groupIndex: number
  readonly itemIndex: number
}

export function FindingGroupList({ groups, acks, onFixed }: { groups: readonly FindingGroup[]; acks: FindingAcks; onFixed: (cells: number) => void }) {
  const list = useRef<HTMLUListElement>(null)
  const [acknowledged, setAcknowledged] = useState<Acknowledged | null>(null)
  // Acknowledging removes the focused form (and usually the whole item): without this, focus falls
  // to the page's body and a keyboard user loses their place in a long list.
  useEffect(() => {
    if (acknowledged === null || list.current === null) return
    setAcknowledged(null)
    nextFocus(list.current, groups, acknowledged)?.focus()
  }, [acknowledged, groups])
  return (
    <ul className={styles.groups} ref={list}>
      {groups.map((group, groupIndex) => (
        <FindingGroupView
          key={group.rule}
          group={group}
          acks={acks}
          startOpen={groups.length === 1}
          onFixed={onFixed}
          onAcknowledged={(finding, itemIndex) => setAcknowledged({ finding, groupIndex, itemIndex })}
        />
      ))}
    </ul>
  )
}

/**
 * The acknowledged finding's "Reabrir" when acknowledged ones are shown; otherwise the action of the
 * finding now in its place (or the one before), else its group's toggle, else the next group's.
 */
function nextFocus(list: HTMLUListElement, groups: readonly FindingGroup[], was: Acknowledged): HTMLElement | null {
  const groupIndex = groups.findIndex((g) => g.rule === was.finding.rule)
  if (groupIndex < 0) {
    const nearest = list.children[Math.min(was.groupIndex, list.children.length - 1)]
    return nearest?.querySelector<HTMLElement>(TOGGLE) ?? null
  }
  const group = list.children[groupIndex]
  const items = group.querySelectorAll<HTMLElement>(`.${styles.list} > li`)
  const stillShown = groups[groupIndex].findings.indexOf(was.finding)
  const item = stillShown >= 0 ? items[stillShown] : (items[was.itemIndex] ?? items[items.length - 1])
  const action = item ? findingAction(item) : null
  return action ?? group.querySelector<HTMLElement>(TOGGLE)
}

function FindingGroupView({
  group,
  acks,
  startOpen,
  onFixed,
  onAcknowledged,
}: {
  group: FindingGroup
  acks: FindingAcks
  startOpen: boolean
  onFixed: (cells: number) => void
  onAcknowledged: (finding: Finding, itemIndex: number) => void
}) {
  const { language, messages } = useLanguage()
  const t = messages.panels
  const [open, setOpen] = useState(startOpen)
  const [shown, setShown] = useState(PAGE)
  const listId = `finding-group-${group.rule}`
  const noFix = messages.fixes.noFix[group.rule]
  const rest = group.findings.length - shown
  return (
    <li className={`${styles.group} ${SEVERITY_CLASS[group.severity].group}`}>
      <h3 className={styles.heading}>
        <button
          type="button"
          aria-expanded={open}
          aria-controls={listId}
          className={styles.toggle}
          aria-label={t.groupLabel(t.ruleNames[group.rule], severityDef(group.severity).label[language], group.findings.length)}
          onClick={() => setOpen((o) => !o)}
        >
          <span aria-hidden="true">{open ? '▾' : '▸'}</span>
          <span className={`${styles.badge} ${SEVERITY_CLASS[group.severity].badge}`}>{severityDef(group.severity).label[language]}</span>
          <span className={styles.name}>{t.ruleNames[group.rule]}</span>
          <span className={styles.count}>{t.groupCount(group.findings.length)}</span>
        </button>
      </h3>
      {open && (
        <div id={listId}>
          <p className={styles.doc}>{ruleDef(group.rule).doc[language]}</p>
          {noFix && <p className={styles.doc}>{noFix}</p>}
          <FixAllAction group={group} isAcknowledged={acks.isAcknowledged} onApplied={onFixed} />
          <ul className={styles.list}>
            {group.findings.slice(0, shown).map((finding, itemIndex) => (
              <FindingItem
                key={`${finding.meta}:${finding.column ?? ''}:${finding.message.es}`}
                finding={finding}
                acks={acks}
                onFixed={onFixed}
                onAcknowledged={() => onAcknowledged(finding, itemIndex)}
              />
            ))}
          </ul>
          {rest > 0 && (
            <button type="button" className={styles.more} onClick={() => setShown((n) => n + PAGE)}>
              {t.showMore(Math.min(rest, PAGE), rest)}
            </button>
          )}
        </div>
      )}
    </li>
  )
}
