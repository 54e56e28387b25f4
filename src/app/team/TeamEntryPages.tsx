import type { ReactNode } from 'react'
import { FirstAccountForm } from '../../features/team/FirstAccountForm'
import { SignInForm } from '../../features/team/SignInForm'
import type { SessionInfo } from '../../sync/teamApi'
import { useMessages } from '../../ui/i18n/LanguageProvider'
import { useSignedInSetter } from '../../ui/session/teamQueries'
import { AppHeader } from '../AppHeader'
import { BusyPage } from '../BusyPage'
import page from '../pageMessage.module.css'
import styles from './TeamEntryPages.module.css'

function EntryPage({ title, intro, children }: { title: string; intro: string; children?: ReactNode }) {
  return (
    <>
      <AppHeader />
      <main id="main" className={page.pageMessage}>
        <div className={styles.entry}>
          <h1>{title}</h1>
          <p>{intro}</p>
          {children}
        </div>
      </main>
    </>
  )
}

/** Nobody is signed in: the sign-in page, or on a server with no account yet, the first account's. */
export function SignedOutPage({ session }: { session: SessionInfo }) {
  const t = useMessages().team
  const setAccount = useSignedInSetter()
  if (session.setupNeeded && !session.setupAllowed) return <EntryPage title={t.setupElsewhereTitle} intro={t.setupElsewhereBody} />
  if (session.setupNeeded) {
    return (
      <EntryPage title={t.setupTitle} intro={t.setupIntro}>
        <FirstAccountForm onCreated={setAccount} />
      </EntryPage>
    )
  }
  return (
    <EntryPage title={t.signInTitle} intro={t.signInIntro}>
      <SignInForm onSignedIn={setAccount} />
    </EntryPage>
  )
}

/** The server is out of reach (or failed) before anyone could sign in. */
export function NoConnectionPage({ retry }: { retry: () => void }) {
  const t = useMessages().team
  return (
    <EntryPage title={t.noConnectionTitle} intro={t.noConnectionBody}>
      <button type="button" onClick={retry}>
        {t.retry}
      </button>
    </EntryPage>
  )
}

export function ConnectingPage() {
  return <BusyPage waiting={useMessages().team.connecting} />
}
