import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query'
import { lazy, Suspense, useState } from 'react'
import { RouterProvider } from 'react-router/dom'
import { createTeamApi } from '../sync/teamApi'
import { LanguageProvider, useMessages } from '../ui/i18n/LanguageProvider'
import { AppHeader } from './AppHeader'
import { createAppRouter, preloadReportPage } from './routes'
import { isTeamMode } from './serverMode'
import page from './pageMessage.module.css'
// After every component's module: the global focus ring and .visually-hidden win over a single class.
import '../ui/tokens.css'
import '../ui/global.css'

export function App() {
  const [queryClient] = useState(() => new QueryClient({ defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false } } }))
  return (
    <QueryClientProvider client={queryClient}>
      <LanguageProvider>
        <ModeChoice />
      </LanguageProvider>
    </QueryClientProvider>
  )
}

// Team mode's pages (sign-in, accounts, shared reports) download only when a team server answers.
const TeamApp = lazy(async () => ({ default: (await import('./team/TeamApp')).TeamApp }))

/** Asks once whether a team server serves the app: team mode if so, else the local app exactly as ever. */
function ModeChoice() {
  const [api] = useState(() => {
    // Both modes open reports on the same page: its code downloads while the server is asked.
    void preloadReportPage()
    return createTeamApi()
  })
  const team = useQuery({ queryKey: ['teamMode'], queryFn: async () => isTeamMode(await api.serverKind()), staleTime: Infinity })
  if (team.isPending) return <StartingPage />
  return team.data ? (
    <Suspense fallback={<StartingPage />}>
      <TeamApp api={api} />
    </Suspense>
  ) : (
    <LocalApp />
  )
}

/** The first moment (one request): the banner, and no page yet. */
function StartingPage() {
  const t = useMessages().shell
  return (
    <>
      <AppHeader />
      <p role="status" className={page.pageMessage}>
        {t.loadingReport}
      </p>
    </>
  )
}

function LocalApp() {
  const [router] = useState(createAppRouter)
  return <RouterProvider router={router} />
}
