import { useCallback, useState } from 'react'
import { readPreference, writePreference } from '../browserPreference'

const AUTHOR_KEY = 'poa.author'

function storedAuthor(): string {
  return readPreference(AUTHOR_KEY) ?? ''
}

/** The reviewer's name, set once and remembered by this browser. */
export function useAuthorName(): [string, (name: string) => void] {
  const [author, setState] = useState(storedAuthor)
  const setAuthor = useCallback((name: string) => {
    const trimmed = name.trim()
    setState(trimmed)
    writePreference(AUTHOR_KEY, trimmed)
  }, [])
  return [author, setAuthor]
}
