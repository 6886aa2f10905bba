import type { Result } from '../../../electron/shared/result'

/**
 * One write in main may announce itself more than once (the reminder state and its records);
 * changes arriving this close together are answered with one request.
 */
export const SETTLE_MS = 10

/**
 * Asks main for one thing and hands on only the newest answer. A request sent while an older
 * one is still out makes the older answer worthless; changes announced while a request is out
 * are followed by one more request once it answers; changes close together share one request.
 */
export class QueryRunner<T> {
  /** Number of the newest request; an answer to any other is out of date. */
  private latest = 0
  private waiting = false
  /** A change arrived while waiting, so the answer may be from before it. */
  private dirty = false
  private timer: ReturnType<typeof setTimeout> | undefined
  private load: () => Promise<Result<T>> = () => new Promise(() => undefined)

  /** The failure when main cannot be asked at all, in the language in force (set by the hook). */
  private unreachable = ''

  constructor(private readonly answer: (result: Result<T>) => void) {}

  /** The words for "main could not be reached", kept current as the language changes. */
  setUnreachable(message: string): void {
    this.unreachable = message
  }

  /** What to ask with from now on (the caller's newest closure). */
  setLoad(load: () => Promise<Result<T>>): void {
    this.load = load
  }

  /** Asks now; any answer still on its way will be ignored. */
  run(): void {
    clearTimeout(this.timer)
    this.timer = undefined
    const id = ++this.latest
    this.waiting = true
    this.dirty = false
    void this.load()
      .catch((): Result<T> => ({
        ok: false,
        error: { code: 'internal', message: this.unreachable },
      }))
      .then((result) => {
        if (id !== this.latest) return
        this.waiting = false
        this.answer(result)
        if (this.dirty) this.run()
      })
  }

  /** Something it depends on changed: ask again soon, once for a burst of changes. */
  refresh(): void {
    if (this.waiting) this.dirty = true
    else this.timer ??= setTimeout(() => this.run(), SETTLE_MS)
  }

  /** A newer value arrived another way (a write's own answer): drop what is on its way. */
  supersede(): void {
    this.latest += 1
    this.waiting = false
    if (this.dirty) this.run()
  }

  /** Nobody listens any more: no timer left, and late answers go nowhere. */
  stop(): void {
    clearTimeout(this.timer)
    this.timer = undefined
    this.latest += 1
    this.waiting = false
    this.dirty = false
  }
}
