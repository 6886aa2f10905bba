import { useCallback, useEffect, useState } from 'react'
import { modalDialogOpen } from '../hooks/modal-open'
import { useT } from '../i18n/i18n-context'

export interface UndoAction {
  /** What happened, e.g. "Self-rating deleted." */
  message: string
  undo: () => Promise<string | null>
}

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  // An empty field has nothing of its own to undo, e.g. the rating box right after saving.
  if (target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement) {
    return target.value !== ''
  }
  return target.isContentEditable || target.tagName === 'SELECT'
}

/**
 * The last change that can be taken back. It stays offered until the next change or until it
 * is used: no timer, so nobody loses the chance because they read slowly.
 */
export function useUndo() {
  const [action, setAction] = useState<UndoAction | null>(null)
  const [status, setStatus] = useState<string | null>(null)
  const t = useT()

  const offer = useCallback((next: UndoAction) => {
    setAction(next)
    setStatus(null)
  }, [])

  const undo = useCallback(async () => {
    if (!action) return
    const failure = await action.undo()
    setAction(null)
    setStatus(failure ?? t.t('log.undo.done'))
  }, [action, t])

  useEffect(() => {
    if (!action) return
    const onKey = (event: KeyboardEvent) => {
      // Ctrl+Z inside a text field belongs to the field.
      if (event.key !== 'z' || !(event.ctrlKey || event.metaKey) || event.shiftKey) return
      // Nor does it reach past an open dialog to the page behind.
      if (isTyping(event.target) || modalDialogOpen()) return
      event.preventDefault()
      void undo()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [action, undo])

  const dismiss = useCallback(() => {
    setAction(null)
    setStatus(null)
  }, [])

  return { action, status, offer, undo, dismiss }
}
