import { createContext, useContext, type ReactNode } from 'react'

/** What the header shows of the signed-in account (team mode); nothing in local mode. */
export const HeaderAccountContext = createContext<ReactNode>(null)

export function useHeaderAccount(): ReactNode {
  return useContext(HeaderAccountContext)
}
