import type { BreakWindowPlacement } from '../reminders/reminder-world'

export interface Rect {
  x: number
  y: number
  width: number
  height: number
}

/** The part of Electron's Display the placement reads. */
export interface DisplayArea {
  id: number
  bounds: Rect
  workArea: Rect
}

/**
 * Small and calm: room for a sentence and three buttons, never a wall over the work. Tall
 * enough for the longest language (and the 35%-longer pseudo-locale) without a scroll.
 */
export const BREAK_WINDOW_SIZE = { width: 420, height: 360 } as const

const contains = (r: Rect, p: { x: number; y: number }) =>
  p.x >= r.x && p.x < r.x + r.width && p.y >= r.y && p.y < r.y + r.height

/** The display under the pointer; the primary one when the pointer is on none (a gap). */
export function displayAt(
  displays: readonly DisplayArea[],
  point: { x: number; y: number },
  primary: DisplayArea,
): DisplayArea {
  return displays.find((d) => contains(d.bounds, point)) ?? primary
}

/**
 * Where each break window goes: centred in the work area (clear of task bars and docks) of
 * every display, or of the display with the pointer; shrunk to fit a tiny work area.
 */
export function breakWindowBounds(
  placement: BreakWindowPlacement,
  displays: readonly DisplayArea[],
  cursor: { x: number; y: number },
  primary: DisplayArea,
): { displayId: number; bounds: Rect }[] {
  const targets = placement === 'all' ? displays : [displayAt(displays, cursor, primary)]
  return targets.map((display) => {
    const area = display.workArea
    const width = Math.min(BREAK_WINDOW_SIZE.width, area.width)
    const height = Math.min(BREAK_WINDOW_SIZE.height, area.height)
    return {
      displayId: display.id,
      bounds: {
        x: area.x + Math.round((area.width - width) / 2),
        y: area.y + Math.round((area.height - height) / 2),
        width,
        height,
      },
    }
  })
}
