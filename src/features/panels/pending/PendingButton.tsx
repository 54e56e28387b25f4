import { useMemo, useState } from 'react'
import { useMessages } from '../../../ui/i18n/LanguageProvider'
import { Popover, PopoverHead } from '../../../ui/Popover'
import { useReportSession } from '../../../ui/session/ReportSession'
import { pendingItems } from './pendingItems'
import { PendingList } from './PendingList'
import styles from './PendingButton.module.css'

const noUnit = () => null

/**
 * Team mode's inbox in the header: «Pendientes (N)», the count live as records arrive; it opens the
 * list of what waits for the signed-in person. Nothing in local mode.
 */
export function PendingButton() {
  const t = useMessages().turn
  const session = useReportSession()
  const { account } = session.access
  const [anchor, setAnchor] = useState<HTMLButtonElement | null>(null)
  const metaCount = session.report.metas.length
  const unitOf = session.assignments?.unitOf ?? noUnit
  const items = useMemo(() => (account ? pendingItems(account, session.reviews, metaCount, unitOf) : []), [account, session.reviews, metaCount, unitOf])
  if (!account) return null
  const close = () => setAnchor(null)
  return (
    <>
      <button
        type="button"
        className={items.length > 0 ? `${styles.button} ${styles.waiting}` : styles.button}
        aria-expanded={anchor !== null}
        aria-haspopup="dialog"
        onClick={(e) => setAnchor(anchor ? null : e.currentTarget)}
      >
        {t.pendingButton(items.length)}
      </button>
      {anchor && (
        <Popover anchor={anchor} label={t.pendingTitle} onClose={close} width={380}>
          <PopoverHead title={t.pendingTitle} closeLabel={t.pendingClose} onClose={close} />
          <PendingList items={items} onOpened={close} />
        </Popover>
      )}
    </>
  )
}
