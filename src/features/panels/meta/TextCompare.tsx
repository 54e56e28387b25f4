import { useMessages } from '../../../ui/i18n/LanguageProvider'
import { DiffText } from '../../../ui/diff/DiffText'
import styles from './TextCompare.module.css'

/** Original and current text as one flow, removed words struck through and added words marked. */
export function TextCompare({ label, original, current }: { label: string; original: string; current: string }) {
  const t = useMessages().panels
  return (
    <figure className={styles.compare}>
      <figcaption>{label}</figcaption>
      <DiffText before={original} after={current} removedLabel={t.removedWords} addedLabel={t.addedWords} />
    </figure>
  )
}
