import { useId, useState } from 'react'
import type { ReactNode } from 'react'
import styles from './insights.module.css'

interface TableToggleProps {
  /** The button while the table is hidden, e.g. "Show tension as a table". */
  showLabel: string
  /** The button while it is shown, e.g. "Hide tension table". */
  hideLabel: string
  children: ReactNode
}

/** "Show as table": the same numbers as the chart, for screen readers and exact reading. */
export function TableToggle({ showLabel, hideLabel, children }: TableToggleProps) {
  const [open, setOpen] = useState(false)
  const id = useId()
  return (
    <div className={styles['table-toggle']}>
      <button type="button" aria-expanded={open} aria-controls={id} onClick={() => setOpen(!open)}>
        {open ? hideLabel : showLabel}
      </button>
      <div id={id} hidden={!open}>
        {open ? children : null}
      </div>
    </div>
  )
}
