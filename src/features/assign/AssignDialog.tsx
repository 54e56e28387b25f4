import { useId, useMemo, useState, type FormEvent } from 'react'
import { formatNumber } from '../../report/numbers'
import { NO_UNIT } from '../../report/team/metaUnits'
import { useMessages } from '../../ui/i18n/LanguageProvider'
import { ModalActions, ModalDialog } from '../../ui/ModalDialog'
import { useReportSession } from '../../ui/session/ReportSession'
import { useUnitList } from '../../ui/session/UnitsContext'
import { useView } from '../../ui/view/useView'
import controls from '../../ui/controls.module.css'
import { objectiveMetas, objectivesOf, type AssignScope } from './assignTargets'
import styles from './AssignDialog.module.css'

/** What an assignment did: the metas, the unit they went to ('' none) and each one's unit before, for its undo. */
export interface AssignmentDone {
  readonly count: number
  readonly unit: string
  readonly before: readonly { readonly meta: number; readonly unit: string }[]
}

const NONE = ''

/** Planning gives metas to a unit: one objective's, the grid's selected rows or the whole view. */
export function AssignDialog({ onClose, onAssigned }: { onClose: () => void; onAssigned: (done: AssignmentDone) => void }) {
  const t = useMessages().units
  const { report, assignments } = useReportSession()
  const view = useView()
  const units = useUnitList()
  const objectives = useMemo(() => objectivesOf(report), [report])
  const selected = view.selection
  const [scope, setScope] = useState<AssignScope>(selected.length > 1 ? 'selection' : 'objective')
  const [objective, setObjective] = useState(objectives[0]?.key ?? '')
  const [unit, setUnit] = useState<string | null>(null)
  const objectiveId = useId()
  const unitId = useId()
  const chosen = (): readonly number[] => {
    if (scope === 'objective') return objectiveMetas(report, objective)
    if (scope === 'selection') return selected
    return view.metas.map((m) => m.id)
  }
  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (!assignments || unit === null) return
    const metas = chosen()
    const before = metas.map((meta) => ({ meta, unit: assignments.unitOf(meta) ?? NONE }))
    assignments.assign(metas.map((meta) => ({ meta, unit })))
    onAssigned({ count: metas.length, unit, before })
  }
  const scopes: readonly [AssignScope, string, boolean][] = [
    ['objective', t.byObjective, objectives.length > 0],
    ['selection', t.selected(selected.length), selected.length > 0],
    ['view', t.inView(view.metas.length), view.metas.length > 0],
  ]
  return (
    <ModalDialog title={t.assignTitle} onClose={onClose}>
      <form onSubmit={submit}>
        <fieldset className={styles.scopes}>
          <legend>{t.assignWhich}</legend>
          {scopes.map(([value, label, possible]) => (
            <label key={value}>
              <input type="radio" name="assign-scope" checked={scope === value} disabled={!possible} onChange={() => setScope(value)} />
              {label}
            </label>
          ))}
          {scope === 'objective' && (
            <div className={styles.field}>
              <label htmlFor={objectiveId}>{t.objective}</label>
              <select id={objectiveId} value={objective} onChange={(e) => setObjective(e.target.value)}>
                {objectives.map((o) => (
                  <option key={o.key} value={o.key}>
                    {`${o.label} (${formatNumber(o.count)})`}
                  </option>
                ))}
              </select>
            </div>
          )}
        </fieldset>
        <div className={styles.field}>
          <label htmlFor={unitId}>{t.unit}</label>
          <select id={unitId} value={unit ?? ''} required onChange={(e) => setUnit(e.target.value === '' ? null : e.target.value === NO_UNIT ? NONE : e.target.value)}>
            <option value="">{t.chooseUnit}</option>
            {units.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
            <option value={NO_UNIT}>{t.noUnit}</option>
          </select>
          {units.length === 0 && <p className={styles.hint}>{t.noUnitsYet}</p>}
        </div>
        <ModalActions>
          <button type="button" onClick={onClose}>
            {t.cancel}
          </button>
          <button type="submit" className={controls.primaryButton} disabled={unit === null}>
            {t.assign}
          </button>
        </ModalActions>
      </form>
    </ModalDialog>
  )
}
