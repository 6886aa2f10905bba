import { appendFileSync } from 'node:fs'
import type { StandInConfig, StandInEvent } from '../messages'

// The stand-in's shared state: its configuration, whether the app is ready, and what it reports
// to the test. Electron's rules are enforced here by throwing what Electron would throw, and each
// broken rule is also reported, so a test fails even when the app swallows the error.

function readConfig(): StandInConfig {
  const raw = process.env['LOOSEN_STANDIN_CONFIG']
  if (!raw) throw new Error('The Electron stand-in runs only under tests/standin/launch.ts.')
  return JSON.parse(raw) as StandInConfig
}

export const config: StandInConfig = readConfig()

/** Node's own timers, kept before the app's clock is faked: the stand-in's plumbing needs them. */
export const realTimers = {
  setTimeout: globalThis.setTimeout.bind(globalThis),
  clearTimeout: globalThis.clearTimeout.bind(globalThis),
}

export const runtime = {
  ready: false,
  quitting: false,
  violations: [] as string[],
  appEvents: [] as string[],
  dialogs: [] as { kind: string; title: string; message: string }[],
  blockedRequests: [] as string[],
}

export function report(event: StandInEvent): void {
  if (process.connected && process.send) process.send(event)
  else if (config.eventsFile) appendFileSync(config.eventsFile, `${JSON.stringify(event)}\n`)
}

/** Records a broken Electron rule and returns the error Electron would throw for it. */
export function violation(message: string): Error {
  runtime.violations.push(message)
  report({ type: 'violation', message })
  return new Error(message)
}

export function assertReady(api: string): void {
  if (!runtime.ready) throw violation(`${api} cannot be used before the app is ready`)
}

export function isPlatform(...platforms: StandInConfig['platform'][]): boolean {
  return platforms.includes(config.platform)
}

/** An Electron event object: listeners may call preventDefault(). */
export interface StandInEvent_ {
  defaultPrevented: boolean
  preventDefault(): void
}

export function electronEvent<T extends object>(extra?: T): StandInEvent_ & T {
  const event = {
    defaultPrevented: false,
    preventDefault() {
      event.defaultPrevented = true
    },
    ...(extra ?? ({} as T)),
  }
  return event
}
