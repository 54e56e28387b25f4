import { useId, useState, type FormEvent } from 'react'
import { COLUMNS, isNumericColumn } from '../../report/columns'
import { pairChanges, type Comparison } from '../../report/compare/compareReports'
import type { ComparisonRow } from '../../report/compare/comparisonRows'
import type { PairingChoice } from '../../report/compare/matchMetas'
import { foldText } from '../../report/textFold'
import type { Meta } from '../../report/types'
import { useLanguage } from '../../ui/i18n/LanguageProvider'
import controls from '../../ui/controls.module.css'
import { ComparedCell, shownText } from './ComparedCell'
import card from './compareCard.module.css'
import styles from './PairDetail.module.css'

/**
 * One row of the comparison in full: every column before and after (narratives with their whole
 * word diff), how the pair was found and how sure it is, and the user's say: undo the pair, or
 * pair the meta with another by its number.
 */
export function PairDetail({
  row,
  comparison,
  a,
  b,
  choose,
  onClose,
}: {
  row: ComparisonRow
  comparison: Comparison
  a: readonly Meta[]
  b: readonly Meta[]
  choose: (choice: PairingChoice) => void
  onClose: () => void
}) {
  const { language, messages } = useLanguage()
  const t = messages.compare
  const titleId = useId()
  const pair = row.kind === 'pair' ? comparison.matching.pairs[row.pair]! : null
  const metaA = pair ? a[pair.a]! : row.kind === 'onlyA' ? a[row.meta]! : null
  const metaB = pair ? b[pair.b]! : row.kind === 'onlyB' ? b[row.meta]! : null
  const changes = new Map(row.kind === 'pair' ? pairChanges(comparison, row.pair).map((c) => [c.column, c]) : [])
  const label = metaA && metaB ? t.pairLabel(metaA.cells.no, metaB.cells.no) : (metaA ?? metaB)!.cells.no
  // The side to look for a partner in: B for a pair or a meta only in A, A for a meta only in B.
  const partnerSide = row.kind === 'onlyB' ? 'a' : 'b'
  return (
    <section className={card.card} aria-labelledby={titleId}>
      <div className={card.header}>
        <h2 id={titleId}>{t.detailTitle(label)}</h2>
        <p className={styles.basis}>{pair ? t.detailBasis(pair.basis, pair.confidence) : t.detailOnly(row.kind === 'onlyA' ? 'a' : 'b')}</p>
        <button type="button" className={controls.iconButton} aria-label={t.closeDetail} title={t.closeDetail} onClick={onClose}>
          ×
        </button>
      </div>
      <table className={styles.table}>
        <thead>
          <tr>
            <th scope="col">{t.detailColumn}</th>
            <th scope="col">{t.before}</th>
            <th scope="col">{t.after}</th>
          </tr>
        </thead>
        <tbody>
          {COLUMNS.map((def) => {
            const change = changes.get(def.key)
            return (
              <tr key={def.key} className={change ? styles.changed : undefined}>
                <th scope="row">{def.label[language]}</th>
                {change && !isNumericColumn(def) ? (
                  <td colSpan={2}>
                    <ComparedCell def={def} change={change} short={false} />
                  </td>
                ) : (
                  <>
                    <td>{metaA ? shownText(def, metaA.cells[def.key]) : '—'}</td>
                    <td>
                      {change ? (
                        <>
                          <span className="visually-hidden">{t.changedMark}: </span>
                          {t.numberAfter(shownText(def, change.after), change.delta)}
                        </>
                      ) : metaB ? (
                        shownText(def, metaB.cells[def.key])
                      ) : (
                        '—'
                      )}
                    </td>
                  </>
                )}
              </tr>
            )
          })}
        </tbody>
      </table>
      <div className={styles.actions}>
        {pair && (
          <button type="button" onClick={() => choose({ a: pair.a, b: null })}>
            {t.unpair}
          </button>
        )}
        <PairWith
          side={partnerSide}
          metas={partnerSide === 'b' ? b : a}
          onPair={(partner) => choose(partnerSide === 'b' ? { a: metaA!.id, b: partner } : { a: partner, b: metaB!.id })}
        />
      </div>
    </section>
  )
}

/** "Pair with B's meta no. [ ] [Pair]": the meta with that number in the other report, or why not. */
function PairWith({ side, metas, onPair }: { side: 'a' | 'b'; metas: readonly Meta[]; onPair: (meta: number) => void }) {
  const t = useLanguage().messages.compare
  const inputId = useId()
  const errorId = useId()
  const [no, setNo] = useState('')
  const [missing, setMissing] = useState<string | null>(null)
  const submit = (e: FormEvent) => {
    e.preventDefault()
    const wanted = foldText(no)
    const found = wanted === '' ? undefined : metas.find((m) => foldText(m.cells.no) === wanted)
    if (!found) return setMissing(no)
    setMissing(null)
    setNo('')
    onPair(found.id)
  }
  return (
    <form className={styles.pairWith} onSubmit={submit}>
      <label htmlFor={inputId}>{t.pairWith(side)}</label>
      <input
        id={inputId}
        value={no}
        onChange={(e) => setNo(e.target.value)}
        inputMode="numeric"
        size={6}
        aria-invalid={missing !== null}
        aria-describedby={missing !== null ? errorId : undefined}
      />
      <button type="submit">{t.pair}</button>
      {missing !== null && (
        <p id={errorId} role="alert" className={controls.fieldError}>
          {t.noSuchMeta(missing, side)}
        </p>
      )}
    </form>
  )
}
