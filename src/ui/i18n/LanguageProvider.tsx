import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react'
import { readPreference, writePreference } from '../browserPreference'
import { catalog, LANGUAGES, type Language, type Messages } from './catalog'

const STORAGE_KEY = 'poa.language'

interface LanguageState {
  readonly language: Language
  readonly messages: Messages
  readonly setLanguage: (language: Language) => void
}

const LanguageContext = createContext<LanguageState | null>(null)

function storedLanguage(): Language {
  const stored = readPreference(STORAGE_KEY)
  return LANGUAGES.find((l) => l === stored) ?? 'es'
}

export function LanguageProvider({ children, initial }: { children: ReactNode; initial?: Language }) {
  const [language, setLanguageState] = useState<Language>(() => initial ?? storedLanguage())
  const setLanguage = useCallback((next: Language) => {
    setLanguageState(next)
    writePreference(STORAGE_KEY, next)
  }, [])
  useEffect(() => {
    document.documentElement.lang = language
  }, [language])
  const value = useMemo(() => ({ language, messages: catalog[language], setLanguage }), [language, setLanguage])
  return <LanguageContext.Provider value={value}>{children}</LanguageContext.Provider>
}

export function useLanguage(): LanguageState {
  const state = useContext(LanguageContext)
  if (!state) throw new Error('useLanguage outside LanguageProvider')
  return state
}

/** The catalog in the current UI language. */
export function useMessages(): Messages {
  return useLanguage().messages
}
