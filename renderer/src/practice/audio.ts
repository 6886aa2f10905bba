import type { MessageKey } from '../../../electron/shared/i18n/message-key'
import { Howl, Howler } from 'howler'
import type { Cue } from '../../../electron/shared/practice/engine'
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

/** Howler's Web Audio context; absent where there is none (HTML5 audio) or before first use. */
function audioContext(): AudioContext | undefined {
  return (Howler as { ctx?: AudioContext }).ctx
}

/**
 * The session's sounds through howler. Loading or playing may fail (no audio device, a
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

  constructor(private readonly baseUrl = 'sounds/') {}

  /** Settles when the sounds of the latest `open()` have loaded or failed. */
  get ready(): Promise<void> {
    return this.loading
  }

  /** Loads the sounds, unless they are loaded already. */
  open(): void {
    if (this.howls.size > 0) return
    // Howler would otherwise suspend the audio context after 30 s of quiet, and the first bell
    // after a long silence could come late while it wakes up.
    Howler.autoSuspend = false
    // Woken again if an earlier unload put it to sleep.
    void audioContext()
      ?.resume()
      .catch(() => undefined)
    const generation = ++this.generation
    this.loading = Promise.all(SOUND_NAMES.map((name) => this.loadOne(name, generation))).then(
      () => undefined,
    )
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
      const id = howl.play()
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
    // With autoSuspend off the context would keep running (about 2% of a core) on every screen
    // after a practice; nothing plays once the sounds are unloaded, so it sleeps until open().
    void audioContext()
      ?.suspend()
      .catch(() => undefined)
  }
}
