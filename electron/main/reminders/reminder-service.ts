import type { LoosenEvent } from '../../shared/contract/events'
import { DESKTOP_OK, type PauseOption, type ReminderStatus } from '../../shared/contract/reminders'
import { dailyNotice } from '../../shared/reminders/notice-text'
import { showBreakNotice, type NoticeKind } from './break-notice'
import { pauseRequest } from './pause-option'
import type { Settings } from '../../shared/settings/schema'
import { POSTPONE_REASONS_KEPT } from '../../shared/settings/reminders'
import type { Translator } from '../../shared/i18n/translator'
import { englishTranslator } from '../../shared/text/english-translator'
import { phrase } from '../../shared/text/phrase'
import type { CueSetting } from '../../shared/settings/reminders'
import { CueOffers } from './cues'
import type { QuietReason } from '../../shared/contract/reminders'
import { QuietPoll } from './quiet-poll'
import { quietWanted } from './config'
import { ApiFailure } from '../core/api-failure'
import type { BreakRepository, NewBreak, SittingSpan } from './break-repository'
import type { ReminderStateStore } from './reminder-state-store'
import { machineConfig } from './config'
import { DailyRunner } from './daily-runner'
import { initialState, step } from './machine'
import type { Effect, MachineConfig, MachineInput, MachineState } from './machine-types'
import type { ReminderWorld } from './reminder-world'
import { buildStatus, statusKey } from './reminder-status'

const MINUTE = 60_000
/** What the service tells the page itself; its records reach it through the change bus. */
export type ReminderSignal = Extract<LoosenEvent, { type: 'navigate' | 'reminders-changed' }>

export interface ReminderServiceDeps {
  world: ReminderWorld
  now: () => number
  signal: (event: ReminderSignal) => void
  settings: () => Settings
  /** Break and sitting records; it announces its own writes. */
  repository: BreakRepository
  state: ReminderStateStore
  log: { error(message: string, error: unknown): void }
  /** When a Movement Break was last finished; without it only time away earns credit. */
  movement?: { lastFinishedSince(since: number): number | null }
  /** Main's words now (Settings, else the system's language); English without it. */
  translator?: () => Translator
}

/**
 * Runs the pure state machine against the real world: one timer at a time (never a fixed
 * fast interval), effects applied through the world's adapters, records written to SQLite.
 */
export class ReminderService {
  private settings: Settings
  private cfg: MachineConfig
  private state: MachineState
  private cancelTimer: (() => void) | null = null
  private lastKey = ''
  private storedPause: string
  private readonly daily: DailyRunner
  private stopped = false
  private readonly quietPoll: QuietPoll
  /** A finished Movement Break waiting for the next timer step. */
  private movementAt: number | null = null
  private breakWindowOpen = false
  /** When each planned cue was last offered (by its id), so one does not come again too soon. */
  private readonly cues: CueOffers

  constructor(private readonly deps: ReminderServiceDeps) {
    this.settings = deps.settings()
    this.cues = new CueOffers({
      now: deps.now,
      notifier: deps.world.notifier,
      words: () => this.words(),
      open: (cue) => this.startCue(cue),
    })
    this.quietPoll = new QuietPoll({
      source: deps.world.quiet,
      now: deps.now,
      log: deps.log,
      changed: (reading) =>
        this.run({
          type: 'quiet',
          reason: reading?.reason ?? null,
          detail: reading?.detail ?? null,
        }),
    })
    this.cfg = machineConfig(this.settings, deps.world.timeZone)
    const pause = deps.state.readPause()
    this.storedPause = JSON.stringify(pause)
    this.state = initialState(deps.now(), this.cfg, pause)
    this.daily = new DailyRunner(deps.state, deps.world.timeZone, (reminder) => {
      const text = dailyNotice(reminder.label, this.words())
      deps.world.notifier.show(
        { kind: 'daily', ...text, actions: [] },
        {
          click: () => this.openPractice(reminder.practiceId),
          action: () => this.openPractice(reminder.practiceId),
        },
      )
    })
    deps.world.setLaunchAtLogin(this.settings.remindersLaunchAtLogin)
    this.run({ type: 'tick', idleMs: null })
  }

  /**
   * What the machine knows now. A pure read: it does not step the machine, write or reschedule.
   * The machine's own timer wakes it at every deadline, so between steps nothing shown is stale.
   */
  status(): ReminderStatus {
    return this.currentStatus()
  }

  /** Snoozes the break; a reason, when given, is kept for the Reminders screen. */
  snooze(reason?: string): ReminderStatus {
    const status = this.command({ type: 'snooze' })
    const note = reason?.trim() ?? ''
    if (note !== '') this.deps.state.addReason(this.deps.now(), note, POSTPONE_REASONS_KEPT)
    return status
  }

  /** What the prompt report compares against. */
  promptContext(): { intervalMin: number } {
    return { intervalMin: this.settings.remindersIntervalMin }
  }

  /** Recent postpone reasons, newest first. */
  postponeReasons(): { at: number; reason: string }[] {
    return this.deps.state.readReasons()
  }

  /**
   * A practice was saved: a finished Movement Break earns a break on trial its credit. The
   * practice request itself writes nothing here; the machine's own timer, due at once, does.
   */
  practiceChanged(): void {
    const trial = this.state.trial
    if (this.stopped || !trial || !this.deps.movement) return
    const at = this.deps.movement.lastFinishedSince(trial.startedAt)
    if (at === null) return
    this.movementAt = at
    this.schedule(this.deps.now())
  }

  skip(): ReminderStatus {
    return this.command({ type: 'skip' })
  }

  /** The Reminders screen's "Take a break now", which opens the Movement Break next. */
  takeBreak(): ReminderStatus {
    return this.command({ type: 'take-break', movement: true })
  }

  pause(option: PauseOption): ReminderStatus {
    const request = pauseRequest(option, this.deps.now(), this.settings, this.deps.world.timeZone())
    return this.command({ type: 'pause', ...request })
  }

  resume(): ReminderStatus {
    return this.command({ type: 'resume-reminders' })
  }

  power(kind: 'lock' | 'unlock' | 'suspend' | 'resume'): void {
    this.run({ type: kind })
  }

  settingsChanged(): void {
    const next = this.deps.settings()
    if (next.remindersLaunchAtLogin !== this.settings.remindersLaunchAtLogin) {
      this.deps.world.setLaunchAtLogin(next.remindersLaunchAtLogin)
    }
    this.settings = next
    this.cfg = machineConfig(next, this.deps.world.timeZone)
    this.daily.settingsChanged(next.remindersDaily, this.deps.now())
    this.run({ type: 'reconfigure' })
  }

  /** The translator for a notice about to be shown: the language in force at that moment. */
  private words(): Translator {
    return this.deps.translator?.() ?? englishTranslator()
  }

  /** Shows a sample reminder so the user can see how it looks on this system. */
  testNotification(): void {
    this.showBreakNotice('due', 45 * MINUTE, 0, undefined, true)
  }

  /** The open sitting stretch, for today's timeline. */
  openSpan(): SittingSpan | null {
    const since = this.state.sittingSince
    if (since === null) return null
    const end = this.state.away?.since ?? this.deps.now()
    return end > since ? { startedAt: since, endedAt: end } : null
  }

  /** Tray, notification click, and "Start movement break": records the break and opens it. */
  startMovementBreak(): void {
    this.run({ type: 'take-break', movement: true })
    this.openPractice('movement-break')
  }

  stop(): void {
    if (this.stopped) return
    this.run({ type: 'shutdown' })
    this.stopped = true
    this.cancelTimer?.()
    this.cancelTimer = null
  }

  private command(input: MachineInput): ReminderStatus {
    const refused = this.run(input)
    if (refused !== null) throw new ApiFailure('conflict', phrase(refused))
    return this.currentStatus()
  }

  private run(input: MachineInput): string | null {
    if (this.stopped) return null
    const now = this.deps.now()
    const result = step(this.state, input, now, this.cfg)
    // A refused command changes nothing: the step is dropped whole, and whatever time passing
    // implies (a pause that ran out, a stretch that ended) is written by the machine's own timer.
    if (result.refused !== null) return result.refused
    this.state = result.state
    // Quitting writes the stretch under way and keeps a pause the user asked for.
    if (input.type === 'shutdown') {
      this.apply(result.effects)
      if (this.breakWindowOpen) this.deps.world.breakWindows?.close()
      this.breakWindowOpen = false
      return null
    }
    this.apply(result.effects)
    this.closeBreakWindowWhenDone()
    this.persistPause()
    const dailyWake = this.daily.check(this.settings.remindersDaily, now)
    this.schedule(minOf(result.wakeAt, dailyWake))
    this.publish()
    return result.refused
  }

  private onTimer(): void {
    this.cancelTimer = null
    if (this.movementAt !== null) {
      const at = this.movementAt
      this.movementAt = null
      this.run({ type: 'movement-finished', at })
    }
    const phase = this.state.phase
    // During a break on trial, idle time tells whether the user really left.
    const counting =
      phase === 'sitting' || phase === 'due' || phase === 'away' || this.state.trial !== null
    let idleMs: number | null = null
    if (counting) {
      try {
        idleMs = this.deps.world.idle.idleMs()
      } catch (error) {
        this.deps.log.error('Reading the idle time failed', error)
      }
    }
    this.run({ type: 'tick', idleMs, scheduled: true })
    this.readQuiet()
  }

  private readQuiet(): void {
    const phase = this.state.phase
    const counting = phase === 'sitting' || phase === 'due' || phase === 'away'
    this.quietPoll.check(quietWanted(this.settings), counting, () => this.state.quiet)
  }

  private schedule(at: number | null): void {
    this.cancelTimer?.()
    this.cancelTimer = at === null ? null : this.deps.world.scheduler.at(at, () => this.onTimer())
  }

  private apply(effects: readonly Effect[]): void {
    const breaks: NewBreak[] = []
    const spans: SittingSpan[] = []
    for (const effect of effects) {
      if (effect.type === 'record-break') breaks.push(effect)
      else if (effect.type === 'record-span') spans.push(effect)
      else if (effect.type === 'cue')
        this.cues.offer(this.settings.remindersCues, effect.triggers, effect.awayMs)
      else {
        const msLeft = effect.dueAt - this.deps.now()
        this.showBreakNotice(effect.kind, effect.sittingMs, msLeft, effect.afterQuiet)
      }
    }
    this.deps.repository.write(breaks, spans)
  }

  private showBreakNotice(
    kind: NoticeKind,
    sittingMs: number,
    msLeft: number,
    afterQuiet?: QuietReason,
    sample = false,
  ): void {
    const { world } = this.deps
    showBreakNotice(
      {
        notifier: world.notifier,
        notificationActions: world.notificationActions,
        style: this.settings.remindersStyle,
        breakMin: this.settings.remindersBreakMin,
        words: this.words(),
      },
      { kind, sittingMs, msLeft, afterQuiet },
      {
        startBreak: () => this.startMovementBreak(),
        snooze: () => void this.run({ type: 'snooze' }),
        openBreakWindow: () => this.openBreakWindow(),
      },
      sample,
    )
  }

  private openBreakWindow(): void {
    const { world } = this.deps
    if (!world.breakWindows) {
      world.showApp('reminders', null, false)
      return
    }
    world.breakWindows.open(this.settings.remindersWindowDisplays)
    this.breakWindowOpen = true
  }

  /**
   * The break window belongs to a due break: once it is taken, snoozed, skipped, paused or
   * held back by a quiet time, from whichever window, tray or notification, it closes everywhere.
   */
  private closeBreakWindowWhenDone(): void {
    if (!this.breakWindowOpen) return
    if (this.state.phase === 'due' && this.state.quiet === null) return
    this.breakWindowOpen = false
    this.deps.world.breakWindows?.close()
  }

  /** What a planned cue offers, once its notification is clicked. */
  private startCue(cue: CueSetting): void {
    if (cue.action === 'practice') this.openPractice(cue.practiceId)
    else if (cue.action === 'movement') this.openPractice('movement-break')
    else {
      this.deps.signal({ type: 'navigate', screen: 'log' })
      this.deps.world.showApp('log', null, true)
    }
  }

  private openPractice(practiceId: string | null): void {
    if (practiceId === null) {
      this.deps.signal({ type: 'navigate', screen: 'practice' })
    } else {
      this.deps.signal({ type: 'navigate', screen: 'practice', practiceId })
    }
    this.deps.world.showApp('practice', practiceId, true)
  }

  private persistPause(): void {
    const pause = this.state.phase === 'paused' ? this.state.pause : null
    const text = JSON.stringify(pause)
    if (text === this.storedPause) return
    this.deps.state.writePause(pause)
    this.storedPause = text
  }

  private currentStatus(): ReminderStatus {
    const next = this.daily.next(this.settings.remindersDaily, this.deps.now())
    return buildStatus(this.state, this.cfg, this.deps.now(), {
      notificationActions: this.deps.world.notificationActions,
      nextDaily: next ? { label: next.reminder.label, at: next.at } : null,
      desktop: this.deps.world.desktopState?.() ?? DESKTOP_OK,
      askPostponeReason: this.settings.remindersAskPostponeReason,
    })
  }

  private publish(): void {
    const status = this.currentStatus()
    const key = statusKey(status)
    if (key === this.lastKey) return
    this.lastKey = key
    this.deps.signal({ type: 'reminders-changed' })
    this.deps.world.onStatus(status)
  }
}

function minOf(a: number | null, b: number | null): number | null {
  if (a === null) return b
  if (b === null) return a
  return Math.min(a, b)
}
