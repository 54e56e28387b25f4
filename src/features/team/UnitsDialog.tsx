import { useQueryClient } from '@tanstack/react-query'
import { useState, type FormEvent } from 'react'
import type { Unit } from '../../report/team/unit'
import { useMessages } from '../../ui/i18n/LanguageProvider'
import { ModalDialog } from '../../ui/ModalDialog'
import { useTeamApi } from '../../ui/session/teamContext'
import { TEAM_KEYS } from '../../ui/session/teamQueries'
import { useTeamUnits } from '../../ui/session/UnitsProvider'
import controls from '../../ui/controls.module.css'
import { FormError } from './FormError'
import { TextField } from './TextField'
import { useTeamRequest } from './useTeamRequest'
import forms from './teamForms.module.css'

/** Planning's units: the list, a new unit, a unit renamed; the server's refusal (a name taken) shows. */
export function UnitsDialog({ onClose }: { onClose: () => void }) {
  const t = useMessages().units
  const api = useTeamApi()
  const queries = useQueryClient()
  const units = useTeamUnits()
  const [name, setName] = useState('')
  const [renaming, setRenaming] = useState<Unit | null>(null)
  const [newName, setNewName] = useState('')
  const [done, setDone] = useState<string | null>(null)
  const request = useTeamRequest()
  const changed = () => queries.invalidateQueries({ queryKey: TEAM_KEYS.units })
  const add = async (event: FormEvent) => {
    event.preventDefault()
    const unit = await request.run(() => api.createUnit(name.trim()))
    if (!unit) return
    setName('')
    setDone(t.unitAdded(unit.name))
    await changed()
  }
  const rename = async (event: FormEvent, unit: Unit) => {
    event.preventDefault()
    const renamed = await request.run(() => api.renameUnit(unit.id, newName.trim()))
    if (!renamed) return
    setRenaming(null)
    setDone(t.renamed(renamed.name))
    await changed()
  }
  return (
    <ModalDialog title={t.unitsTitle} onClose={onClose} wide>
      {units.isPending && <p role="status">{t.loadingUnits}</p>}
      <FormError error={units.error} />
      {units.data && units.data.length === 0 && <p>{t.noUnits}</p>}
      {units.data && units.data.length > 0 && (
        <ul aria-label={t.unitsTable}>
          {units.data.map((unit) => (
            <li key={unit.id}>
              {renaming?.id === unit.id ? (
                <form className={forms.form} onSubmit={(e) => void rename(e, unit)} aria-label={t.renameOf(unit.name)}>
                  <TextField label={t.newNameOf(unit.name)} required value={newName} onChange={setNewName} />
                  <div className={forms.actions}>
                    <button type="submit" className={controls.primaryButton} disabled={request.busy}>
                      {t.save}
                    </button>
                    <button type="button" onClick={() => setRenaming(null)}>
                      {t.cancel}
                    </button>
                  </div>
                </form>
              ) : (
                <>
                  <span>{unit.name}</span>{' '}
                  <button
                    type="button"
                    className={controls.linkButton}
                    aria-label={t.renameOf(unit.name)}
                    onClick={() => {
                      setRenaming(unit)
                      setNewName(unit.name)
                    }}
                  >
                    {t.rename}
                  </button>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      <form className={forms.form} onSubmit={(e) => void add(e)} aria-label={t.addUnit}>
        <TextField label={t.unitName} autoComplete="off" required value={name} onChange={setName} />
        <FormError error={request.error} />
        <div className={forms.actions}>
          <button type="submit" className={controls.primaryButton} disabled={request.busy}>
            {t.addUnit}
          </button>
        </div>
      </form>
      {done && (
        <p role="status" className={forms.done}>
          {done}
        </p>
      )}
    </ModalDialog>
  )
}
