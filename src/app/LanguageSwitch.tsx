import { LANGUAGES, type Language } from '../ui/i18n/catalog'
import { useLanguage } from '../ui/i18n/LanguageProvider'
import styles from './LanguageSwitch.module.css'

export function LanguageSwitch() {
  const { language, messages, setLanguage } = useLanguage()
  return (
    <label className={styles.languageSwitch}>
      <span>{messages.shell.languageLabel}</span>
      <select value={language} onChange={(e) => setLanguage(e.target.value as Language)}>
        {LANGUAGES.map((l) => (
          <option key={l} value={l} lang={l}>
            {messages.shell.languageNames[l]}
          </option>
        ))}
      </select>
    </label>
  )
}
