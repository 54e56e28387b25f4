import { useCallback, useState } from 'react'

const AUTHOR_KEY = 'poa.author'

function storedAuthor(): string {
  try {
    return localStorage.getItem(AUTHOR_KEY) ?? ''
  } catch {
    return ''
  }
}

/** The reviewer's name, set once and remembered by this browser. */
export function useAuthorName(): [string, (name: string) => void] {
  const [author, setState] = useState(storedAuthor)
  const setAuthor = useCallback((name: string) => {
    const trimmed = name.trim()
    setState(trimmed)
    try {
      localStorage.setItem(AUTHOR_KEY, trimmed)
    } catch {
      // Storage disabled: the name lasts for this visit.
    }
  }, [])
  return [author, setAuthor]
}
