import type { Bilingual } from '../../drafts/syncState'
import { useLanguage } from '../../ui/i18n/LanguageProvider'
import styles from './teamForms.module.css'

/** Why a form's request failed, in the UI's language, announced as it appears. */
export function FormError({ error }: { error: Bilingual | string | null }) {
  const { language } = useLanguage()
  if (error === null) return null
  return (
    <p role="alert" className={styles.error}>
      {typeof error === 'string' ? error : error[language]}
    </p>
  )
}
