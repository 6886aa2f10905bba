import { createContext, useContext } from 'react'

/** What any screen may ask of the shell around it. */
export interface ShellActions {
  /** Opens the quick log (the same dialog as Alt+L). */
  openQuickLog: () => void
  /** Shows the welcome again, from its first step. */
  showWelcome: () => void
}

const noop = () => undefined

export const ShellActionsContext = createContext<ShellActions>({
  openQuickLog: noop,
  showWelcome: noop,
})

export function useShellActions(): ShellActions {
  return useContext(ShellActionsContext)
}
