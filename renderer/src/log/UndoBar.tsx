import { useEffect, useRef } from 'react'
import { restoreFocus } from '../hooks/restore-focus'
import { useT } from '../i18n/i18n-context'
import type { UndoAction } from './use-undo'
import { cx } from '../styles/cx'
import styles from './log.module.css'

interface UndoBarProps {
  action: UndoAction | null
  status: string | null
  onUndo: () => void
  onDismiss: () => void
}

/**
 * Says what just changed and offers to take it back (also Ctrl+Z), as a toast pinned to the
 * bottom of the window so it is seen wherever the user is on the page. It sits in the page
 * right after the form it reports on, so Undo is the next Tab stop after Save.
 */
export function UndoBar({ action, status, onUndo, onDismiss }: UndoBarProps) {
  // Where the user was before reaching the toast (or when it appeared): focus goes back there
  // once Undo or Dismiss have done their job and taken their buttons away.
  const returnTo = useRef<Element | null>(null)
  const t = useT()
  const shown = useRef<{ action: UndoAction | null; text: string }>({ action: null, text: '' })
  const text = action?.message ?? status ?? ''
  useEffect(() => {
    const before = shown.current
    shown.current = { action, text }
    if (action && action !== before.action) returnTo.current = document.activeElement
    const lostButtons = (before.action && !action) || (before.text && !text)
    if (lostButtons) restoreFocus(returnTo.current)
  }, [action, text])

  return (
    <div
      className={styles['toast-region']}
      role="status"
      aria-live="polite"
      onFocus={(event) => {
        const from = event.relatedTarget
        if (from instanceof Element && !event.currentTarget.contains(from)) returnTo.current = from
      }}
    >
      {text ? (
        <div className={cx(styles['toast'], 'toast')}>
          <span>{text}</span>
          {action ? (
            <>
              <button type="button" onClick={onUndo} aria-keyshortcuts="Control+Z">
                {t.t('common.undo')}
              </button>
              <button type="button" onClick={onDismiss} aria-label={t.t('log.undo.dismiss')}>
                {t.t('log.undo.dismissMark')}
              </button>
            </>
          ) : (
            <button type="button" onClick={onDismiss} aria-label={t.t('log.undo.dismiss')}>
              {t.t('log.undo.dismissMark')}
            </button>
          )}
        </div>
      ) : null}
    </div>
  )
}
