import { useCallback, useRef, useState } from 'react'
import type { Bilingual } from '../../drafts/syncState'
import type { Result } from '../../sync/teamApi'

/**
 * One request of a form to the team server at a time: whether it runs, and the server's message
 * when it refused (or this client's when the server could not be reached), in both languages.
 */
export function useTeamRequest() {
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<Bilingual | null>(null)
  const running = useRef(false)
  const run = useCallback(async <T>(request: () => Promise<Result<T>>): Promise<T | null> => {
    if (running.current) return null
    running.current = true
    setBusy(true)
    setError(null)
    try {
      const answer = await request()
      if (answer.ok) return answer.value
      setError({ es: answer.error.es, en: answer.error.en })
      return null
    } finally {
      running.current = false
      setBusy(false)
    }
  }, [])
  return { busy, error, run }
}
