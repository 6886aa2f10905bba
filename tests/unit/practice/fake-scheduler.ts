/** A monotonic clock and timer queue the test moves by hand, like a browser tab's event loop. */
export class FakeScheduler {
  time = 0
  private nextHandle = 1
  private timers = new Map<number, { at: number; run: () => void }>()

  now = (): number => this.time

  setTimer = (run: () => void, ms: number): number => {
    const handle = this.nextHandle++
    this.timers.set(handle, { at: this.dueAt(ms), run })
    return handle
  }

  /** When a timer set now for `ms` runs: exactly then, unless a subclass models a browser. */
  protected dueAt(ms: number): number {
    return this.time + ms
  }

  /** Runs one due timer; a subclass may note that it is inside a timer. */
  protected runTimer(run: () => void): void {
    run()
  }

  clearTimer = (handle: number): void => {
    this.timers.delete(handle)
  }

  /** Runs every timer due up to `until`, in order, moving the clock to each. */
  runUntil(until: number): void {
    for (;;) {
      const due = [...this.timers.entries()]
        .filter(([, timer]) => timer.at <= until)
        .sort((a, b) => a[1].at - b[1].at)[0]
      if (!due) break
      this.timers.delete(due[0])
      this.time = Math.max(this.time, due[1].at)
      this.runTimer(due[1].run)
    }
    this.time = until
  }

  /** Moves the clock without running anything: a hidden, frozen or sleeping window. */
  freeze(ms: number): void {
    this.time += ms
  }

  /** Runs whatever timers are overdue, as a browser does when the page wakes. */
  wake(): void {
    this.runUntil(this.time)
  }
}
