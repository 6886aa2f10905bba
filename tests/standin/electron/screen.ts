import { EventEmitter } from 'node:events'
import type * as Electron from 'electron'
import type { DisplaySpec } from '../messages'
import { assertReady, config, electronEvent } from './runtime'

// screen: the displays the test describes (one 1920×1080 display with a 32 px panel by
// default), the pointer's position, and display-added / display-removed when the test plugs a
// display in or out. Like Electron, it cannot be used before the app is ready.

const DEFAULT_DISPLAYS: DisplaySpec[] = [
  {
    id: 1,
    bounds: { x: 0, y: 0, width: 1920, height: 1080 },
    workArea: { x: 0, y: 32, width: 1920, height: 1048 },
  },
]

function toDisplay(spec: DisplaySpec): Electron.Display {
  const { width, height } = spec.bounds
  return {
    accelerometerSupport: 'unknown',
    bounds: { ...spec.bounds },
    colorDepth: 24,
    colorSpace: '{primaries:BT709, transfer:SRGB, matrix:RGB, range:FULL}',
    depthPerComponent: 8,
    detected: true,
    displayFrequency: 60,
    id: spec.id,
    internal: false,
    label: `Display ${String(spec.id)}`,
    maximumCursorSize: { width: 64, height: 64 },
    monochrome: false,
    nativeOrigin: { x: spec.bounds.x, y: spec.bounds.y },
    rotation: 0,
    scaleFactor: spec.scaleFactor ?? 1,
    size: { width, height },
    touchSupport: 'unknown',
    workArea: { ...spec.workArea },
    workAreaSize: { width: spec.workArea.width, height: spec.workArea.height },
  }
}

export class StandInScreen extends EventEmitter {
  private displays: DisplaySpec[] = config.displays ?? DEFAULT_DISPLAYS
  private cursor: Electron.Point = { x: 10, y: 10 }

  getAllDisplays(): Electron.Display[] {
    assertReady('screen.getAllDisplays')
    return this.displays.map(toDisplay)
  }

  getPrimaryDisplay(): Electron.Display {
    assertReady('screen.getPrimaryDisplay')
    const first = this.displays[0]
    if (!first) throw new Error('The stand-in has no display')
    return toDisplay(first)
  }

  getCursorScreenPoint(): Electron.Point {
    assertReady('screen.getCursorScreenPoint')
    return { ...this.cursor }
  }

  /** The test moves the pointer. */
  moveCursor(point: Electron.Point): void {
    this.cursor = { ...point }
  }

  /** The test plugs displays in or out: Electron's events for each difference, in order. */
  setDisplays(next: DisplaySpec[]): void {
    const before = this.displays
    this.displays = next
    for (const old of before) {
      if (!next.some((d) => d.id === old.id))
        this.emit('display-removed', electronEvent(), toDisplay(old))
    }
    for (const added of next) {
      if (!before.some((d) => d.id === added.id))
        this.emit('display-added', electronEvent(), toDisplay(added))
    }
  }
}

export const screen = new StandInScreen()
