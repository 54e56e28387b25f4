import { useId } from 'react'
import type { Spelling } from '../../report/fixes/findingFix'
import { useMessages } from '../i18n/LanguageProvider'
import styles from './SpellingChoice.module.css'

/**
 * The spellings a variant may be written as, with how many metas write each; the most used is
 * chosen first. Shown only when there is more than one other spelling to choose from.
 */
export function SpellingChoice({
  spellings,
  current,
  chosen,
  onChoose,
}: {
  spellings: readonly Spelling[]
  current: string
  chosen: string | undefined
  onChoose: (spelling: string) => void
}) {
  const t = useMessages().fixes
  const name = useId()
  const options = spellings.filter((s) => s.text !== current)
  if (options.length < 2) return null
  const selected = chosen ?? options[0]!.text
  return (
    <fieldset className={styles.spellings}>
      <legend>{t.spellingLegend}</legend>
      {options.map((s) => (
        <label key={s.text} className={styles.spelling}>
          <input type="radio" name={name} checked={s.text === selected} onChange={() => onChoose(s.text)} />
          {t.spellingOption(s.text, s.count)}
        </label>
      ))}
    </fieldset>
  )
}
