import { useEffect, useState } from 'react'
import { useMessages } from '../../../ui/i18n/LanguageProvider'
import controls from '../../../ui/controls.module.css'
import styles from './SearchBox.module.css'

/** The global search. The URL follows every keystroke; typing shares one history entry. */
export function SearchBox({ value, onChange }: { value: string; onChange: (text: string) => void }) {
  const t = useMessages().grid
  // Local text so the caret never jumps while the URL catches up.
  const [text, setText] = useState(value)
  useEffect(() => setText(value), [value])
  return (
    <div className={styles.searchBox} role="search">
      <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" className={styles.icon}>
        <circle cx="7" cy="7" r="5" stroke="currentColor" strokeWidth="1.8" fill="none" />
        <path d="M11 11l4 4" stroke="currentColor" strokeWidth="1.8" />
      </svg>
      <input
        type="search"
        aria-label={t.searchLabel}
        placeholder={t.searchPlaceholder}
        title={t.searchHint}
        value={text}
        onChange={(e) => {
          setText(e.target.value)
          onChange(e.target.value)
        }}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && text !== '') {
            e.preventDefault()
            setText('')
            onChange('')
          }
        }}
      />
      {text !== '' && (
        <button
          type="button"
          className={`${controls.iconButton} ${styles.clear}`}
          aria-label={t.clearSearch}
          title={t.clearSearch}
          onClick={() => {
            setText('')
            onChange('')
          }}
        >
          <span aria-hidden="true">×</span>
        </button>
      )}
    </div>
  )
}
