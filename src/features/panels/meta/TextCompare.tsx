import { useMessages } from '../../../ui/i18n/LanguageProvider'
import { wordDiff } from '../wordDiff'
import styles from './TextCompare.module.css'

/** Original and current text as one flow, removed words struck through and added words marked. */
export function TextCompare({ label, original, current }: { label: string; original: string; current: string }) {
  const t = useMessages().panels
  const parts = wordDiff(original, current)
  return (
    <figure className={styles.compare}>
      <figcaption>{label}</figcaption>
      <p className={styles.body}>
        {parts.map((part, i) =>
          part.kind === 'same' ? (
            <span key={i}>{part.text}</span>
          ) : part.kind === 'removed' ? (
            <del key={i}>
              <span className="visually-hidden">[{t.removedWords}: </span>
              {part.text}
              <span className="visually-hidden">]</span>
            </del>
          ) : (
            <ins key={i}>
              <span className="visually-hidden">[{t.addedWords}: </span>
              {part.text}
              <span className="visually-hidden">]</span>
            </ins>
          ),
        )}
      </p>
    </figure>
  )
}
