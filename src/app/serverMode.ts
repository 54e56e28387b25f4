import type { ServerKind } from '../sync/teamApi'
import { readPreference, writePreference } from '../ui/browserPreference'

const TEAM_KEY = 'poa.teamServer'

/**
 * Team mode when a team server answers, and also when nothing answers but one did before (offline
 * in a team browser: the app says the server is out of reach instead of passing for local mode).
 * A static host answers without being a team server: local mode, exactly as ever.
 */
export function isTeamMode(kind: ServerKind): boolean {
  if (kind !== 'unreachable') writePreference(TEAM_KEY, kind === 'team' ? 'yes' : 'no')
  return kind === 'team' || (kind === 'unreachable' && readPreference(TEAM_KEY) === 'yes')
}
