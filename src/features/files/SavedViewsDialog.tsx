import { useContext, useId, useState, type FormEvent } from 'react'
import { useMessages } from '../../ui/i18n/LanguageProvider'
import { useView } from '../../ui/view/useView'
import type { ViewSpec } from '../../report/view/viewSpec'
import { WorkspacesContext } from '../../ui/session/WorkspacesContext'
import { decodeView, encodeView, withWorkspace } from '../../report/view/viewUrl'
import { ModalActions, ModalDialog } from '../../ui/ModalDialog'
import type { SavedView } from '../../drafts/savedViewsStore'
import type { SavedViewsState } from './useSavedViews'
import controls from '../../ui/controls.module.css'
import shared from './fileDialogs.module.css'
import message from '../../ui/tasks/taskMessage.module.css'
import styles from './SavedViewsDialog.module.css'

/** The view's own query: what a saved view stores and a link carries (the selected meta is not part of it). */
export function viewQuery(spec: ViewSpec): string {
  return encodeView({ ...spec, selected: null }).toString()
}

/** The link of a view on a report: `ws` names the report, so the link does not open on another one. */
function viewLink(query: string, workspace: string | null): string {
  const search = withWorkspace(new URLSearchParams(query), workspace).toString()
  return `${window.location.origin}${window.location.pathname}${search ? `?${search}` : ''}`
}

type Notice = { readonly kind: 'ok' | 'error'; readonly text: string }

/** Name and save the current view, open a saved one, copy its link, delete it. */
export function SavedViewsDialog({ saved, onClose }: { saved: SavedViewsState; onClose: () => void }) {
  const t = useMessages().files
  const view = useView()
  const workspace = useContext(WorkspacesContext)?.current ?? null
  const [name, setName] = useState('')
  const [notice, setNotice] = useState<Notice | null>(null)
  const [shownLink, setShownLink] = useState<SavedView | null>(null)
  const nameId = useId()
  const listId = useId()

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const trimmed = name.trim()
    if (!trimmed) return setNotice({ kind: 'error', text: t.nameRequired })
    try {
      await saved.save(trimmed, viewQuery(view.spec))
      setName('')
      setNotice({ kind: 'ok', text: t.viewSaved(trimmed) })
    } catch (e) {
      setNotice({ kind: 'error', text: t.viewsFailed(e instanceof Error ? e.message : String(e)) })
    }
  }

  const copy = async (item: SavedView) => {
    setShownLink(item)
    try {
      await navigator.clipboard.writeText(viewLink(item.query, workspace))
      setNotice({ kind: 'ok', text: t.linkCopied })
    } catch {
      setNotice({ kind: 'error', text: t.linkNotCopied })
    }
  }

  if (!saved.available) {
    return (
      <ModalDialog title={t.viewsTitle} onClose={onClose}>
        <p role="alert">{t.viewsUnavailable}</p>
      </ModalDialog>
    )
  }

  return (
    <ModalDialog title={t.viewsTitle} onClose={onClose} wide>
      <p>{t.viewsIntro}</p>
      <form className={shared.field} onSubmit={(e) => void submit(e)}>
        <label htmlFor={nameId}>{t.viewNameLabel}</label>
        <div className={styles.inlineForm}>
          <input id={nameId} type="text" value={name} maxLength={80} onChange={(e) => setName(e.target.value)} />
          <button type="submit" className={controls.primaryButton}>
            {t.saveView}
          </button>
        </div>
      </form>
      <h3 id={listId}>{t.viewsList}</h3>
      {saved.views && saved.views.length > 0 ? (
        <ul className={styles.list} aria-labelledby={listId}>
          {saved.views.map((item) => (
            <li key={item.id}>
              <span>{item.name}</span>
              <span className={styles.itemActions}>
                <button
                  type="button"
                  aria-label={t.openView(item.name)}
                  onClick={() => {
                    view.setSpec(decodeView(new URLSearchParams(item.query)))
                    setNotice({ kind: 'ok', text: t.viewOpened(item.name) })
                  }}
                >
                  {t.open}
                </button>
                <button type="button" aria-label={t.copyLink(item.name)} onClick={() => void copy(item)}>
                  {t.copy}
                </button>
                <button
                  type="button"
                  aria-label={t.deleteView(item.name)}
                  onClick={() =>
                    void saved.remove(item.id).then(
                      () => setNotice({ kind: 'ok', text: t.viewDeleted(item.name) }),
                      (e: unknown) => setNotice({ kind: 'error', text: t.viewsFailed(e instanceof Error ? e.message : String(e)) }),
                    )
                  }
                >
                  {t.remove}
                </button>
              </span>
            </li>
          ))}
        </ul>
      ) : (
        <p className={shared.muted}>{t.noViews}</p>
      )}
      {shownLink && (
        <label className={shared.field}>
          {t.linkLabel(shownLink.name)}
          <input type="text" readOnly value={viewLink(shownLink.query, workspace)} onFocus={(e) => e.target.select()} />
        </label>
      )}
      <p role="status" className={notice?.kind === 'error' ? message.messageError : message.messageOk}>
        {notice?.text ?? ''}
      </p>
      <ModalActions>
        <button type="button" onClick={onClose}>
          {t.close}
        </button>
      </ModalActions>
    </ModalDialog>
  )
}
