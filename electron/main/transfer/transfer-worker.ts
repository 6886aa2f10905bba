// The worker thread's entry: it runs the jobs main posts, one at a time, and posts back their
// progress and outcome. It holds no connection between jobs (each job opens and closes one).
import { parentPort } from 'node:worker_threads'
import { runJob } from './run-job'
import type { JobRequest, WorkerMessage } from './transfer-job'

const port = parentPort
port?.on('message', ({ file, job, cancel }: JobRequest) => {
  const post = (message: WorkerMessage) => port.postMessage(message)
  const outcome = runJob(file, job, {
    progress: (progress) => post({ type: 'progress', progress }),
    // Set by main through shared memory: while a job runs, the worker reads no message.
    cancelled: () => Atomics.load(cancel, 0) === 1,
  })
  post({ type: 'done', outcome })
})
