import { useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import type { TeamError } from '../../sync/teamCall'
import type { TeamMember } from '../../sync/unitsApi'
import type { Colleague } from './PeopleContext'
import { useTeamApi } from './teamContext'
import { valueOf } from './teamQueries'

const PEOPLE_KEY = ['team', 'people'] as const
const NOBODY: readonly Colleague[] = []

/** Everyone with an account (GET /api/people), as comments mention them; empty until the server answered or when it cannot. */
export function useTeamPeople(): readonly Colleague[] {
  const api = useTeamApi()
  const { data } = useQuery<readonly TeamMember[], TeamError>({ queryKey: PEOPLE_KEY, queryFn: () => valueOf(api.listPeople()) })
  return useMemo(() => data?.map(({ id, name }) => ({ id, name })) ?? NOBODY, [data])
}
