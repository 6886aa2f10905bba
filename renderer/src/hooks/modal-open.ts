/**
 * True while a modal <dialog> is open anywhere in the document. The page behind a modal is
 * inert to the pointer, but window-level key handlers still hear every key pressed inside the
 * dialog; they must stand aside, or Escape meant for the dialog would act on the page.
 */
export function modalDialogOpen(): boolean {
  try {
    return document.querySelector('dialog:modal') !== null
  } catch {
    // Engines without :modal (jsdom): any open dialog counts.
    return document.querySelector('dialog[open]') !== null
  }
}
