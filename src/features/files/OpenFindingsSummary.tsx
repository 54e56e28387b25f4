import { useId } from 'react'
import type { OpenFindings } from '../../report/publication/publicationSummary'
import { SEVERITY_DEFS } from '../../report/severities'
import { useLanguage } from '../../ui/i18n/LanguageProvider'
import shared from './fileDialogs.module.css'
import styles from './PublishDialog.module.css'
import severityText from '../../ui/severityText.module.css'

/** The findings a publication leaves open, by severity, and how many were accepted with a reason. */
export function OpenFindingsSummary({ findings }: { findings: OpenFindings }) {
  const { language: lang, messages } = useLanguage()
  const t = messages.files
  const id = useId()
  return (
    <section aria-labelledby={id}>
      <h3 id={id}>{t.openFindings}</h3>
      <ul className={styles.severityList}>
        {SEVERITY_DEFS.map((severity) => (
          <li key={severity.key}>
            <span className={severityText[severity.key]}>{t.severityCount(findings.counts[severity.key])}</span> {severity.plural[lang]}
          </li>
        ))}
      </ul>
      {findings.acknowledged > 0 && <p className={shared.muted}>{t.acknowledgedFindings(findings.acknowledged)}</p>}
    </section>
  )
}
