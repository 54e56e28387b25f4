import { useEffect, useState } from 'react'
import { RouterProvider } from 'react-router/dom'
import type { TeamApi } from '../../sync/teamApi'
import { registerServiceWorker } from '../../ui/session/registerServiceWorker'
import { TeamApiContext } from '../../ui/session/teamContext'
import { createTeamRouter } from './teamRoutes'

/** The app served by a team server: every page behind sign-in, the shared reports instead of local ones. */
export function TeamApp({ api }: { api: TeamApi }) {
  const [router] = useState(createTeamRouter)
  // The app's files for offline use, as in local mode (the API itself is never cached).
  useEffect(registerServiceWorker, [])
  return (
    <TeamApiContext.Provider value={api}>
      <RouterProvider router={router} />
    </TeamApiContext.Provider>
  )
}
