import { useEffect, useRef } from 'react'
import { restoreFocus } from './restore-focus'

/**
 * Keeps a native <dialog> in step with React state: shown as a modal (focus trapped, page
 * inert) while `open`, closed otherwise. When it closes, focus goes back to what had it before
 * (or to the screen's heading), never to the bare page.
 */
export function useModalDialog(open: boolean) {
  const dialog = useRef<HTMLDialogElement>(null)
  const opener = useRef<Element | null>(null)
  useEffect(() => {
    const element = dialog.current
    if (!element) return
    if (open && !element.open) {
      opener.current = document.activeElement
      element.showModal()
    }
    if (!open && element.open) element.close()
  }, [open])
  useEffect(() => {
    const element = dialog.current
    if (!element) return
    const onClose = () => restoreFocus(opener.current)
    element.addEventListener('close', onClose)
    return () => element.removeEventListener('close', onClose)
  }, [])
  return dialog
}
