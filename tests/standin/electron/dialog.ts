import type * as Electron from 'electron'
import { assertReady, config, runtime } from './runtime'

// Dialogs are recorded for the test; a message box answers with its default button, as a person
// pressing Enter would.

/** Records a message box (called with or without a parent window) and returns its answer. */
function answerMessageBox(api: string, args: unknown[]): number {
  assertReady(api)
  const options = (args.length > 1 ? args[1] : args[0]) as Electron.MessageBoxOptions
  runtime.dialogs.push({
    kind: options.type ?? 'none',
    title: options.title ?? '',
    message: options.message,
  })
  return options.defaultId ?? 0
}

export const dialog = {
  /** The one dialog Electron allows before `ready` (on Linux it prints to stderr then). */
  showErrorBox(title: string, content: string): void {
    runtime.dialogs.push({ kind: 'error', title, message: content })
  },
  showMessageBox(...args: unknown[]): Promise<Electron.MessageBoxReturnValue> {
    const response = answerMessageBox('dialog.showMessageBox', args)
    return Promise.resolve({ response, checkboxChecked: false })
  },
  /** Answers with the path the test chose (a person picking it), or as cancelled without one. */
  showSaveDialog(...args: unknown[]): Promise<Electron.SaveDialogReturnValue> {
    assertReady('dialog.showSaveDialog')
    const options = (args.length > 1 ? args[1] : args[0]) as Electron.SaveDialogOptions
    const filePath = config.saveDialogPath
    runtime.dialogs.push({
      kind: 'save',
      title: options.title ?? '',
      message: options.defaultPath ?? '',
    })
    return Promise.resolve(
      filePath ? { canceled: false, filePath } : { canceled: true, filePath: '' },
    )
  },
  showMessageBoxSync(...args: unknown[]): number {
    return answerMessageBox('dialog.showMessageBoxSync', args)
  },
}
