/**
 * A choice this browser remembers (language, export format, reviewer's name). Storage can be
 * disabled or full (private mode, policy): then nothing is remembered and nothing fails, the
 * choice lasts for this visit only.
 */
export function readPreference(key: string): string | null {
  try {
    return localStorage.getItem(key)
  } catch {
    return null
  }
}

export function writePreference(key: string, value: string): void {
  try {
    localStorage.setItem(key, value)
  } catch {
    // Storage disabled or full: see above, the choice lasts for this visit.
  }
}
