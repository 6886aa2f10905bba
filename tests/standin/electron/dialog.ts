import type * as Electron from 'electron'
import { assertReady, runtime } from './runtime'

// Dialogs are recorded for the test; a message box answers with its default button, as a person
// pressing Enter would.

export const dialog = {
  /** The one dialog Electron allows before `ready` (on Linux it prints to stderr then). */
  showErrorBox(title: string, content: string): void {
    runtime.dialogs.push({ kind: 'error', title, message: content })
  },
  showMessageBox(...args: unknown[]): Promise<Electron.MessageBoxReturnValue> {
    assertReady('dialog.showMessageBox')
    const options = (args.length > 1 ? args[1] : args[0]) as Electron.MessageBoxOptions
    runtime.dialogs.push({
      kind: options.type ?? 'none',
      title: options.title ?? '',
      message: options.message,
    })
    return Promise.resolve({ response: options.defaultId ?? 0, checkboxChecked: false })
  },
  showMessageBoxSync(...args: unknown[]): number {
    assertReady('dialog.showMessageBoxSync')
    const options = (args.length > 1 ? args[1] : args[0]) as Electron.MessageBoxOptions
    runtime.dialogs.push({
      kind: options.type ?? 'none',
      title: options.title ?? '',
      message: options.message,
    })
    return options.defaultId ?? 0
  },
}
