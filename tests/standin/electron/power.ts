import { EventEmitter } from 'node:events'
import type * as Electron from 'electron'
import { assertReady, electronEvent, isPlatform } from './runtime'

// powerMonitor: idle time set by the test; lock and unlock never reach an app on Linux, where
// Electron does not emit them. powerSaveBlocker: counted so a test sees what is held.

class StandInPowerMonitor extends EventEmitter {
  idleSeconds = 0

  getSystemIdleTime(): number {
    assertReady('powerMonitor.getSystemIdleTime')
    return this.idleSeconds
  }

  getSystemIdleState(threshold: number): 'active' | 'idle' | 'locked' | 'unknown' {
    assertReady('powerMonitor.getSystemIdleState')
    return this.idleSeconds >= threshold ? 'idle' : 'active'
  }

  /** The OS event, as the platform delivers it. Returns false where it never arrives. */
  deliver(kind: 'suspend' | 'resume' | 'lock-screen' | 'unlock-screen' | 'shutdown'): boolean {
    if ((kind === 'lock-screen' || kind === 'unlock-screen') && isPlatform('linux')) return false
    if (kind === 'shutdown' && isPlatform('win32')) return false
    this.emit(kind, electronEvent())
    return true
  }
}

export const powerMonitor = new StandInPowerMonitor()

const blockers = new Map<number, string>()
let nextBlocker = 1

export const powerSaveBlocker = {
  start(type: 'prevent-app-suspension' | 'prevent-display-sleep'): number {
    assertReady('powerSaveBlocker.start')
    const id = nextBlocker++
    blockers.set(id, type)
    return id
  },
  stop(id: number): boolean {
    return blockers.delete(id)
  },
  isStarted(id: number): boolean {
    return blockers.has(id)
  },
} satisfies Pick<Electron.PowerSaveBlocker, 'start' | 'stop' | 'isStarted'>

export function activeBlockers(): number[] {
  return [...blockers.keys()]
}
