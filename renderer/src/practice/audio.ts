import type { MessageKey } from '../../../electron/shared/i18n/message-key'
import { Howl, Howler } from 'howler'
import type { Cue } from '../../../electron/shared/practice/engine'
import type { NappingAudio } from './audio-nap'
import type { PlayedCue } from './player-controller'

export const SOUND_NAMES = [
  'bell-start',
  'bell-interval',
  'bell-step',
  'bell-end',
  'cue-in',
  'cue-out',
  'cue-hold',
] as const

export type SoundName = (typeof SOUND_NAMES)[number]

export interface AudioLogEntry {
  sound: SoundName
  /** performance.now() when howler reported the sound started. */
  at: number
  /** For a bell caught up after the page was held back: how late it rang. */
  lateMs?: number
}

declare global {
  interface Window {
    /**
     * The last few sounds howler actually started, newest last. Tiny and always kept, so
     * browser tests can see that a real Howl played without replacing it with a mock.
     */
    __loosenAudioLog?: AudioLogEntry[]
  }
}

const LOG_SIZE = 40

function logPlay(sound: SoundName, lateMs: number | undefined): void {
  const log = (window.__loosenAudioLog ??= [])
  log.push(
    lateMs === undefined
      ? { sound, at: performance.now() }
      : { sound, at: performance.now(), lateMs },
  )
  if (log.length > LOG_SIZE) log.splice(0, log.length - LOG_SIZE)
}

export interface AudioLevels {
  bellVolume: number
  cueVolume: number
  muted: boolean
  breathCues: boolean
}

/** Which sound a cue makes, or null for cues that are words only. */
export function soundFor(cue: Cue, breathCues: boolean): SoundName | null {
  if (cue.kind === 'bell') return `bell-${cue.bell}`
  if (cue.kind !== 'breath' || !breathCues) return null
  if (cue.phase === 'inhale') return 'cue-in'
  if (cue.phase === 'exhale') return 'cue-out'
  return 'cue-hold'
}

const LOAD_TIMEOUT_MS = 6000
/** Quiet this long after the last sound ends before the context sleeps (a sound's tail). */
const QUIET_BEFORE_SLEEP_MS = 250

/** Howler's Web Audio context; absent where there is none (HTML5 audio) or before first use. */
function audioContext(): AudioContext | undefined {
  return (Howler as { ctx?: AudioContext }).ctx
}

/**
 * The session's sounds through howler. A running Web Audio context costs about 2% of a core
 * even in silence, so the context sleeps whenever nothing plays and nobody holds it awake: a
 * session holds it just before each sound it will make (see audio-nap.ts), so a bell never
 * waits for the context to wake; a sound played while it sleeps wakes it first. Loading or playing may fail (no audio device, a
 * missing file); the session then carries on silently and `problem` says so in a few words.
 * Nothing loads until `open()`; `unload()` lets go of the sounds, and a later `open()` loads
 * them again (React's StrictMode unmounts and mounts each component once more in development).
 */
export class PracticeAudio {
  private readonly howls = new Map<SoundName, Howl>()
  /** Howler's sound ids of caught-up bells, until their 'play' event is logged. */
  private readonly lateById = new Map<number, number>()
  private levels: AudioLevels = { bellVolume: 0.7, cueVolume: 0.4, muted: false, breathCues: false }
  /** The message id of the problem, shown in the chosen language by whoever shows it. */
  problem: MessageKey | null = null
  private problemListener: ((message: MessageKey) => void) | null = null
  private loading: Promise<void> = Promise.resolve()
  /** Counts opens, so a load started before an unload cannot report a problem afterwards. */
  private generation = 0
  private readonly pendingTimeouts = new Set<number>()
  /** Howler's ids of the sounds playing now. */
  private readonly playing = new Set<number>()
  /** Whether a session wants the context awake for a sound coming soon. */
  private held = false
  /** Whether this object last told the context to sleep. */
  private asleep = false
  private sleepTimer: number | null = null

  constructor(private readonly baseUrl = 'sounds/') {}

  /** Settles when the sounds of the latest `open()` have loaded or failed. */
  get ready(): Promise<void> {
    return this.loading
  }

  /** Loads the sounds, unless they are loaded already. */
  open(): void {
    if (this.howls.size > 0) return
    // Howler's own sleep comes after 30 s of quiet and wakes only as a sound is played, so a
    // bell after a silence would come late; this object decides instead (hold, release).
    Howler.autoSuspend = false
    // Woken while the sounds decode (an earlier unload put it to sleep); once they are in,
    // it sleeps until something plays.
    void this.wakeContext()
    const generation = ++this.generation
    this.loading = Promise.all(SOUND_NAMES.map((name) => this.loadOne(name, generation))).then(
      () => {
        if (generation === this.generation) this.sleepWhenQuiet()
      },
    )
  }

  /** What a session holds awake before its sounds and lets sleep between them. */
  get nap(): NappingAudio {
    return this
  }

  /** Keeps the context awake (a sound is due soon); settles once it runs. */
  hold(): Promise<void> {
    this.held = true
    return this.wakeContext()
  }

  /** Lets the context sleep once nothing plays. */
  release(): void {
    this.held = false
    this.sleepWhenQuiet()
  }

  /** Whether a cue makes a sound at the current levels (muted or silent ones make none). */
  sounds(cue: PlayedCue): boolean {
    const sound = soundFor(cue, this.levels.breathCues)
    if (!sound || this.levels.muted) return false
    return (sound.startsWith('bell') ? this.levels.bellVolume : this.levels.cueVolume) > 0
  }

  private wakeContext(): Promise<void> {
    if (this.sleepTimer !== null) window.clearTimeout(this.sleepTimer)
    this.sleepTimer = null
    const context = audioContext()
    // The context is the page's, shared with other screens' audio: its own state counts too.
    if (!context || (!this.asleep && context.state === 'running')) return Promise.resolve()
    this.asleep = false
    return context.resume().catch(() => undefined)
  }

  private sleepWhenQuiet(): void {
    if (this.sleepTimer !== null) window.clearTimeout(this.sleepTimer)
    this.sleepTimer = null
    if (this.held || this.asleep || this.howls.size === 0) return
    this.sleepTimer = window.setTimeout(() => {
      this.sleepTimer = null
      if (this.held || this.playing.size > 0) return
      this.sleepContext()
    }, QUIET_BEFORE_SLEEP_MS)
  }

  private sleepContext(): void {
    const context = audioContext()
    if (!context || this.asleep) return
    this.asleep = true
    void context.suspend().catch(() => undefined)
  }

  private loadOne(name: SoundName, generation: number): Promise<void> {
    return new Promise((resolve) => {
      const timeout = window.setTimeout(() => {
        this.pendingTimeouts.delete(timeout)
        if (generation === this.generation) {
          this.report('practice.audio.tooSlow')
        }
        resolve()
      }, LOAD_TIMEOUT_MS)
      this.pendingTimeouts.add(timeout)
      const done = () => {
        window.clearTimeout(timeout)
        this.pendingTimeouts.delete(timeout)
        resolve()
      }
      const howl = new Howl({
        src: [`${this.baseUrl}${name}.ogg`],
        preload: true,
        onload: done,
        onloaderror: () => {
          if (generation === this.generation) {
            this.report('practice.audio.loadFailed')
          }
          done()
        },
        onplayerror: () => {
          this.report('practice.audio.playFailed')
        },
      })
      howl.on('play', (id: number) => {
        logPlay(name, this.lateById.get(id))
        this.lateById.delete(id)
      })
      const ended = (id: number) => {
        this.playing.delete(id)
        if (this.playing.size === 0) this.sleepWhenQuiet()
      }
      howl.on('end', ended)
      howl.on('stop', ended)
      this.howls.set(name, howl)
    })
  }

  private report(message: MessageKey): void {
    if (this.problem) return
    this.problem = message
    this.problemListener?.(message)
  }

  /** Hears about a sound problem once, to show the user a short note. */
  listenForProblems(listener: (message: MessageKey) => void): void {
    this.problemListener = listener
  }

  setLevels(levels: AudioLevels): void {
    this.levels = levels
  }

  play(name: SoundName, lateMs?: number): void {
    if (this.levels.muted) return
    const howl = this.howls.get(name)
    if (howl?.state() !== 'loaded') return
    const volume = name.startsWith('bell') ? this.levels.bellVolume : this.levels.cueVolume
    if (volume <= 0) return
    try {
      // Asleep (nothing was due): wake first, so the sound starts as the context resumes.
      void this.wakeContext()
      const id = howl.play()
      this.playing.add(id)
      howl.volume(volume, id)
      if (lateMs !== undefined) this.lateById.set(id, lateMs)
    } catch {
      this.report('practice.audio.playFailed')
    }
  }

  playCue(cue: PlayedCue): void {
    const sound = soundFor(cue, this.levels.breathCues)
    if (sound) this.play(sound, cue.lateMs)
  }

  unload(): void {
    this.generation += 1
    for (const timeout of this.pendingTimeouts) window.clearTimeout(timeout)
    this.pendingTimeouts.clear()
    for (const howl of this.howls.values()) howl.unload()
    this.howls.clear()
    this.playing.clear()
    this.held = false
    if (this.sleepTimer !== null) window.clearTimeout(this.sleepTimer)
    this.sleepTimer = null
    // Nothing plays once the sounds are unloaded (leaving practice): it sleeps until open().
    this.asleep = false
    this.sleepContext()
  }
}
