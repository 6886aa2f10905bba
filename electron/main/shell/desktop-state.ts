import { DESKTOP_OK, type DesktopState } from '../../shared/contract/reminders'

/**
 * What the desktop allows, as the Reminders screen reports it. A change calls `changed` (the
 * shell pushes 'reminders-changed' so an open Reminders screen reloads and shows it).
 */
export function createDesktopStateStore(changed: () => void) {
  let state: DesktopState = { ...DESKTOP_OK }
  return {
    read: (): DesktopState => ({ ...state }),
    update(patch: Partial<DesktopState>): void {
      const next = { ...state, ...patch }
      if (JSON.stringify(next) === JSON.stringify(state)) return
      state = next
      changed()
    },
  }
}

export type DesktopStateStore = ReturnType<typeof createDesktopStateStore>
