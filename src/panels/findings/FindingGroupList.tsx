import { useState } from 'react'
import { useLanguage } from '../../app/i18n/LanguageProvider'
import { ruleDef } from '../../report/findings'
import type { FindingAcks } from './findingAcks'
import { FindingItem } from './FindingItem'
import type { FindingGroup } from './groupFindings'

/** Long groups (spacing findings can run to hundreds) show this many until asked for more. */
const PAGE = 50

export function FindingGroupList({ groups, acks }: { groups: readonly FindingGroup[]; acks: FindingAcks }) {
  return (
    <ul className="finding-groups">
      {groups.map((group) => (
        <FindingGroupView key={group.rule} group={group} acks={acks} startOpen={groups.length === 1} />
      ))}
    </ul>
  )
}

function FindingGroupView({ group, acks, startOpen }: { group: FindingGroup; acks: FindingAcks; startOpen: boolean }) {
  const { language, messages } = useLanguage()
  const t = messages.panels
  const [open, setOpen] = useState(startOpen)
  const [shown, setShown] = useState(PAGE)
  const listId = `finding-group-${group.rule}`
  const rest = group.findings.length - shown
  return (
    <li className={`finding-group severity-${group.severity}`}>
      <h3 className="finding-group-heading">
        <button
          type="button"
          aria-expanded={open}
          aria-controls={listId}
          className="finding-group-toggle"
          aria-label={t.groupLabel(t.ruleNames[group.rule], t.severityNames[group.severity], group.findings.length)}
          onClick={() => setOpen((o) => !o)}
        >
          <span aria-hidden="true" className="finding-group-chevron">{open ? '▾' : '▸'}</span>
          <span className={`severity-badge severity-badge-${group.severity}`}>{t.severityNames[group.severity]}</span>
          <span className="finding-group-name">{t.ruleNames[group.rule]}</span>
          <span className="finding-group-count">{t.groupCount(group.findings.length)}</span>
        </button>
      </h3>
      {open && (
        <div id={listId}>
          <p className="finding-group-doc">{ruleDef(group.rule).doc[language]}</p>
          <ul className="finding-list">
            {group.findings.slice(0, shown).map((finding) => (
              <FindingItem key={`${finding.meta}:${finding.column ?? ''}:${finding.message.es}`} finding={finding} acks={acks} />
            ))}
          </ul>
          {rest > 0 && (
            <button type="button" className="finding-more" onClick={() => setShown((n) => n + PAGE)}>
              {t.showMore(Math.min(rest, PAGE), rest)}
            </button>
          )}
        </div>
      )}
    </li>
  )
}
