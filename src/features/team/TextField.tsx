import { useId, type InputHTMLAttributes } from 'react'
import styles from './teamForms.module.css'

type InputProps = Pick<InputHTMLAttributes<HTMLInputElement>, 'type' | 'autoComplete' | 'required' | 'readOnly' | 'minLength'>

/** A labelled text field of the team forms (sign-in, first account, accounts). */
export function TextField({ label, value, onChange, ...input }: InputProps & { label: string; value: string; onChange: (value: string) => void }) {
  const id = useId()
  return (
    <div className={styles.field}>
      <label htmlFor={id}>{label}</label>
      <input id={id} value={value} onChange={(e) => onChange(e.target.value)} {...input} />
    </div>
  )
}
