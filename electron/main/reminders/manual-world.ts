import type { Notice, NoticeHandlers, ReminderWorld, Scheduler } from './reminder-world'

/**
 * A reminder world driven by hand: timers run only when told. The browser test harness and the
 * unit tests use it, and so does createMainServices when no desktop is attached.
 */
export class ManualScheduler implements Scheduler {
  private timers: { at: number; run: () => void; id: number }[] = []
  private nextId = 1
  wakeups = 0

  at(epochMs: number, run: () => void): () => void {
    const id = this.nextId++
    this.timers.push({ at: epochMs, run, id })
    return () => {
      this.timers = this.timers.filter((t) => t.id !== id)
    }
  }

  /** Fires every timer due by `until`, earliest first, moving the clock to each one's time. */
  runUntil(until: number, setNow: (t: number) => void, now: () => number): void {
    for (;;) {
      const due = this.timers
        .filter((t) => t.at <= until)
        .sort((a, b) => a.at - b.at || a.id - b.id)[0]
      if (!due) break
      this.timers = this.timers.filter((t) => t.id !== due.id)
      if (due.at > now()) setNow(due.at)
      this.wakeups += 1
      due.run()
    }
    if (until > now()) setNow(until)
  }

  pending(): number[] {
    return this.timers.map((t) => t.at).sort((a, b) => a - b)
  }
}

export interface ShownNotice extends Notice {
  handlers: NoticeHandlers
}

export class RecordingNotifier {
  readonly shown: ShownNotice[] = []
  show(notice: Notice, handlers: NoticeHandlers): void {
    this.shown.push({ ...notice, handlers })
  }
}

export interface ManualWorld extends ReminderWorld {
  scheduler: ManualScheduler
  notifier: RecordingNotifier
  /** Settable idle time in ms. */
  idleNow: { ms: number }
  opened: { screen: string; detail: string | null; focus: boolean }[]
  launchAtLogin: boolean[]
}

export function createManualWorld(timeZone = 'UTC'): ManualWorld {
  const idleNow = { ms: 0 }
  const opened: ManualWorld['opened'] = []
  const launchAtLogin: boolean[] = []
  return {
    idle: { idleMs: () => idleNow.ms },
    idleNow,
    scheduler: new ManualScheduler(),
    notifier: new RecordingNotifier(),
    notificationActions: false,
    timeZone: () => timeZone,
    showApp: (screen, detail, focus) => opened.push({ screen, detail, focus }),
    opened,
    setLaunchAtLogin: (on) => launchAtLogin.push(on),
    launchAtLogin,
    onStatus: () => undefined,
  }
}
