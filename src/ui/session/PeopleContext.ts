import { createContext, useContext } from 'react'

/** An account of the team, as a comment may mention it. */
export interface Colleague {
  readonly id: string
  readonly name: string
}

/** Every account of the team (team mode; empty in local mode and until the server answered). */
export const PeopleContext = createContext<readonly Colleague[]>([])

export function usePeople(): readonly Colleague[] {
  return useContext(PeopleContext)
}
