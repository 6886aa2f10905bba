import type { ReactNode } from 'react'
import styles from './reminders.module.css'

interface DisclosureFormProps {
  /** Prefix for the heading's id, which also names the form for assistive technology. */
  id: string
  title: string
  children: ReactNode
}

/** A folded section holding one self-saving settings form, so the Reminders page stays short by default. */
export function DisclosureForm({ id, title, children }: DisclosureFormProps) {
  return (
    <details className={styles['reminders-details']}>
      <summary>
        <h2 id={`${id}-title`}>{title}</h2>
      </summary>
      <form
        className={styles['reminders-form']}
        aria-labelledby={`${id}-title`}
        // Fields save by themselves; Enter never sends the whole form.
        onSubmit={(event) => event.preventDefault()}
      >
        {children}
      </form>
    </details>
  )
}
