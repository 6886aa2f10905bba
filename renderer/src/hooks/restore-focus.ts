/**
 * Puts keyboard focus somewhere sensible when the element that had it has gone (a closed
 * dialog, a removed row): the preferred element if it is still on the page and focusable, else
 * the screen's heading. Focus that is already on a live element is left alone.
 */
export function restoreFocus(preferred?: Element | null): void {
  if (focusIsAlive(document.activeElement)) return
  const target =
    preferred instanceof HTMLElement &&
    preferred !== document.body &&
    preferred.isConnected &&
    !isDisabled(preferred)
      ? preferred
      : document.querySelector<HTMLElement>('main .screen-title')
  target?.focus({ preventScroll: true })
}

function isDisabled(element: HTMLElement): boolean {
  return element.matches(':disabled') || element.closest('[inert]') !== null
}

/** Focus on the page, a removed element or one inside a just-closed dialog is lost focus. */
function focusIsAlive(active: Element | null): boolean {
  if (!active || active === document.body || !active.isConnected) return false
  return active.closest('dialog:not([open])') === null
}
