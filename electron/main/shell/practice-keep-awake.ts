import { powerSaveBlocker } from 'electron'

/**
 * While a practice runs, the OS must not suspend Loosen (App Nap, background throttling): a
 * suspended page rings its bells late and records the wrong length. One blocker at most, held
 * from the first "running" signal to the last "stopped" one, and always released on quit.
 */
export function createPracticeKeepAwake() {
  let blocker: number | null = null
  const set = (active: boolean): void => {
    if (active && blocker === null) {
      blocker = powerSaveBlocker.start('prevent-app-suspension')
    } else if (!active && blocker !== null) {
      if (powerSaveBlocker.isStarted(blocker)) powerSaveBlocker.stop(blocker)
      blocker = null
    }
  }
  return { set, release: () => set(false) }
}
