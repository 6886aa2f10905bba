import { useId, useState } from 'react'
import type { ReactNode } from 'react'
import styles from './insights.module.css'

/** "Show as table": the same numbers as the chart, for screen readers and exact reading. */
export function TableToggle({ label, children }: { label: string; children: ReactNode }) {
  const [open, setOpen] = useState(false)
  const id = useId()
  return (
    <div className={styles['table-toggle']}>
      <button type="button" aria-expanded={open} aria-controls={id} onClick={() => setOpen(!open)}>
        {open ? `Hide ${label} table` : `Show ${label} as a table`}
      </button>
      <div id={id} hidden={!open}>
        {open ? children : null}
      </div>
    </div>
  )
}
