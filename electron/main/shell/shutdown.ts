/**
 * The steps that end a run (tray, reminders, database), run once whichever way the run ends:
 * will-quit, or a window's session-end at a Windows logoff or shutdown, where will-quit never
 * comes. A failing step is logged and the next still runs, so the database always closes.
 */
export function createShutdown(
  steps: readonly (() => void)[],
  log: (message: string, error: unknown) => void,
): () => void {
  let done = false
  return () => {
    if (done) return
    done = true
    for (const step of steps) {
      try {
        step()
      } catch (error) {
        log('A shutdown step failed', error)
      }
    }
  }
}
