import { phrase } from '../../shared/text/phrase'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { Worker } from 'node:worker_threads'
import type { ChangePublisher } from '../core/change-bus'
import { ApiFailure } from '../core/api-failure'
import type { ErrorLog } from '../core/feature'
import type { TransferProgress, TransferStatus } from '../../shared/contract/transfer'
import type { JobOutcome, JobRequest, TransferJob, WorkerMessage } from './transfer-job'

const BUILT_WORKER = join(__dirname, 'transfer-worker.js')

/**
 * The worker's young generation is kept small: an import makes millions of short-lived
 * objects, and with V8's default (up to 48 MB of young space, grown while they pour in) the
 * heap it grew to stayed as the process's memory. At 8 MB a 100k import's peak was about 100 MB
 * lower, with no time lost (README, Benchmarks).
 */
const WORKER_LIMITS = { resourceLimits: { maxYoungGenerationSizeMb: 8 } }

/**
 * How long a worker holding a previewed file waits for its commit before it is ended (with
 * what it kept): the preview's summary is usually confirmed within a minute.
 */
export const KEEP_PREVIEW_MS = 10 * 60_000

/** A preview whose file checked out: its worker keeps the check for the commit (plan-cache.ts). */
function keepsPlan(job: TransferJob, outcome: JobOutcome): boolean {
  return (
    job.kind === 'preview' &&
    outcome.ok &&
    (outcome.value as { valid?: unknown } | null)?.valid === true
  )
}

/**
 * The worker's script: built next to main's bundle (out/main/transfer-worker.js); from the
 * sources (tests, the browser harness) the TypeScript entry, compiled on load by tsx.
 */
function startWorker(): Worker {
  const worker = existsSync(BUILT_WORKER)
    ? new Worker(BUILT_WORKER, WORKER_LIMITS)
    : new Worker(join(__dirname, 'transfer-worker.ts'), {
        execArgv: ['--import', 'tsx'],
        ...WORKER_LIMITS,
      })
  // Never what keeps the app (or a test) running.
  worker.unref()
  return worker
}

/** Runs a job in process instead, for a database with no file (tests on `:memory:`). */
export type InProcess = (job: TransferJob) => JobOutcome

/**
 * Runs export and import jobs one at a time in a worker thread with its own SQLite connection,
 * so main's event loop (windows, tray, reminders) stays free while a file is read, checked and
 * written. Main publishes what the job committed, after the worker reports its commit.
 */
export class TransferRunner {
  private current: { job: TransferJob; cancel: Int32Array; status: TransferStatus } | null = null
  private worker: Worker | null = null
  private idle: ReturnType<typeof setTimeout> | null = null
  private readonly checks = new Set<Worker>()
  private closed = false

  constructor(
    private readonly file: string | null,
    private readonly changes: ChangePublisher,
    private readonly log: ErrorLog,
    private readonly inProcess: InProcess,
  ) {}

  status(): TransferStatus {
    return this.current?.status ?? { running: false, kind: null, progress: null, cancelling: false }
  }

  /** Asks the running import to stop; it rolls back. False when there is nothing to cancel. */
  cancel(): boolean {
    if (!this.current) return false
    Atomics.store(this.current.cancel, 0, 1)
    this.current.status = { ...this.current.status, cancelling: true }
    return true
  }

  async run(job: TransferJob): Promise<unknown> {
    if (this.closed) throw new ApiFailure('conflict', phrase('main.refusal.transfer.closing'))
    if (this.current) {
      throw new ApiFailure('conflict', phrase('main.refusal.transfer.busy'))
    }
    const cancel = new Int32Array(new SharedArrayBuffer(4))
    const current = {
      job,
      cancel,
      status: {
        running: true,
        kind: job.kind,
        progress: null,
        cancelling: false,
      } as TransferStatus,
    }
    this.current = current
    this.stopIdleTimer()
    try {
      const outcome =
        this.file === null
          ? this.inProcess(job)
          : await this.inWorker(this.file, job, cancel, (progress) => {
              current.status = { ...current.status, progress }
            })
      // The built worker starts in a few tens of milliseconds, so it is not kept (no idle
      // thread, no heap left over from a big file, no timer), except for a while after a
      // preview that checked out, whose check it holds for the commit. From the sources it
      // stays for the process, unreferenced and holding no connection (tsx compiles it anew).
      if (this.file !== null && existsSync(BUILT_WORKER)) {
        if (keepsPlan(job, outcome)) this.startIdleTimer()
        else this.stopWorker()
      }
      return this.settle(outcome)
    } finally {
      this.current = null
    }
  }

  private settle(outcome: JobOutcome): unknown {
    if (!outcome.ok) {
      if (outcome.internal) this.log.error('A transfer failed in its worker', outcome.internal)
      // The worker's phrase, when it gave one, is said in the person's language by the dispatcher.
      const { code, message, field, phrase } = outcome.error
      throw new ApiFailure(code, phrase ?? message, field)
    }
    // Committed by the worker's connection: now the app hears of it, once per change.
    for (const change of outcome.changes) this.changes.publish(change)
    return outcome.value
  }

  private inWorker(
    file: string,
    job: TransferJob,
    cancel: Int32Array,
    onProgress: (progress: TransferProgress) => void,
  ): Promise<JobOutcome> {
    const worker = (this.worker ??= startWorker())
    return new Promise<JobOutcome>((resolve, reject) => {
      const onMessage = (message: WorkerMessage) => {
        if (message.type === 'progress') return onProgress(message.progress)
        stop()
        resolve(message.outcome)
      }
      const onExit = () => {
        stop()
        this.worker = null
        reject(new Error('The transfer worker ended without an answer.'))
      }
      const stop = () => {
        worker.off('message', onMessage)
        worker.off('error', onExit)
        worker.off('exit', onExit)
      }
      worker.on('message', onMessage)
      worker.on('error', onExit)
      worker.on('exit', onExit)
      worker.postMessage({ file, job, cancel } satisfies JobRequest)
    })
  }

  private startIdleTimer(): void {
    this.idle = setTimeout(() => this.stopWorker(), KEEP_PREVIEW_MS)
    this.idle.unref()
  }

  private stopIdleTimer(): void {
    if (this.idle) clearTimeout(this.idle)
    this.idle = null
  }

  /**
   * The full integrity check a big database was opened without, in a worker of its own (an
   * import meanwhile is not held up). A damaged file is marked for the next start; logged here.
   */
  checkInBackground(): void {
    if (this.file === null || this.closed) return
    const worker = startWorker()
    this.checks.add(worker)
    worker.on('exit', () => this.checks.delete(worker))
    const cancel = new Int32Array(new SharedArrayBuffer(4))
    worker.on('message', (message: WorkerMessage) => {
      if (message.type !== 'done') return
      if (message.outcome.ok && message.outcome.value === false) {
        this.log.error('The database failed its integrity check', this.file)
      }
      void worker.terminate()
    })
    worker.on('error', (error) => this.log.error('The integrity check could not run', error))
    worker.postMessage({
      file: this.file,
      job: { kind: 'check', now: 0 },
      cancel,
    } satisfies JobRequest)
  }

  /** Ends the worker between jobs. */
  stopWorker(): void {
    this.stopIdleTimer()
    void this.worker?.terminate()
    this.worker = null
  }

  /**
   * The app is quitting: the job under way is told to stop and its thread is ended at once,
   * the integrity check's too. An import's transaction never commits then: SQLite rolls it
   * back (the thread's connection closes with it, or the next opening of the file ignores the
   * uncommitted pages), so nothing is half-written. The job's caller hears it was stopped.
   */
  close(): void {
    this.closed = true
    if (this.current) Atomics.store(this.current.cancel, 0, 1)
    this.stopWorker()
    for (const worker of this.checks) void worker.terminate()
    this.checks.clear()
  }
}
