import { useEffect, useRef } from 'react'

/**
 * Keeps a native <dialog> in step with React state: shown as a modal (focus trapped, page
 * inert) while `open`, closed otherwise.
 */
export function useModalDialog(open: boolean) {
  const dialog = useRef<HTMLDialogElement>(null)
  useEffect(() => {
    const element = dialog.current
    if (!element) return
    if (open && !element.open) element.showModal()
    if (!open && element.open) element.close()
  }, [open])
  return dialog
}
