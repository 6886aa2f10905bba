import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { connect, createServer, type Server } from 'node:net'
import { join } from 'node:path'
import { config } from './runtime'

// app.requestSingleInstanceLock across real processes: the first instance holds a lock file and a
// socket in the data folder; a second instance hands its argv over that socket and is told no.

// Kept outside the data folder (named after it), so an unwritable data folder is the app's
// problem to report, not the stand-in's.
const lockFolder = () => {
  const folder = join(tmpdir(), 'loosen-standin-locks')
  mkdirSync(folder, { recursive: true })
  return folder
}
const lockName = () => createHash('sha256').update(config.userData).digest('hex').slice(0, 16)
const lockFile = () => join(lockFolder(), `${lockName()}.json`)
const socketPath = () => join(lockFolder(), `${lockName()}.sock`)
let server: Server | null = null

function holderAlive(): boolean {
  if (!existsSync(lockFile())) return false
  try {
    const { pid } = JSON.parse(readFileSync(lockFile(), 'utf8')) as { pid: number }
    if (pid === process.pid) return false
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

/** Pending hand-over to the first instance; quitting waits for it like Electron does. */
export let handOver: Promise<void> = Promise.resolve()

export function requestLock(onSecondInstance: (argv: string[], cwd: string) => void): boolean {
  if (holderAlive()) {
    handOver = new Promise<void>((resolve) => {
      const socket = connect(socketPath(), () => {
        socket.end(JSON.stringify({ argv: process.argv, cwd: process.cwd() }))
      })
      socket.on('close', () => resolve())
      socket.on('error', () => resolve())
    })
    return false
  }
  rmSync(socketPath(), { force: true })
  writeFileSync(lockFile(), JSON.stringify({ pid: process.pid }))
  server = createServer((socket) => {
    let text = ''
    socket.setEncoding('utf8')
    socket.on('data', (chunk: string) => (text += chunk))
    socket.on('end', () => {
      const message = JSON.parse(text) as { argv: string[]; cwd: string }
      onSecondInstance(message.argv, message.cwd)
    })
  })
  server.listen(socketPath())
  server.unref()
  return true
}

export function hasLock(): boolean {
  return server !== null
}

export function releaseLock(): void {
  if (!server) return
  server.close()
  server = null
  rmSync(lockFile(), { force: true })
  rmSync(socketPath(), { force: true })
}
