import type { BrowserContext } from '@playwright/test'
import { chromiumCpuPercentOver } from './process-cpu'
import { median } from './stats'

/**
 * What this Chromium, on this machine at this moment, charges for `fps` frames a second on a
 * page with nothing else on it: one small dot on its own layer moved by a timer, running minus
 * still, in pairs side by side like the pacer's. Every frame costs a fixed few milliseconds
 * across Chromium's processes whatever it shows, and that cost swings with the machine's state
 * (up to three times over a day here), so this floor is measured in the same run as the pacer
 * it explains, not quoted from another day.
 */
export async function bareFramesCpuPct(
  context: BrowserContext,
  fps: number,
  windowMs: number,
  pairs: number,
): Promise<number> {
  const page = await context.newPage()
  try {
    await page.setContent(
      `<div id="dot" style="position:absolute;width:14px;height:14px;border-radius:50%;` +
        `background:#4a7a6a;will-change:transform"></div>`,
    )
    const move = (on: boolean) =>
      page.evaluate(
        ([on, fps]) => {
          const state = window as unknown as { moving?: number; moves?: number }
          window.clearInterval(state.moving)
          const moves = state.moves ?? 0
          state.moves = 0
          if (!on) return moves
          const dot = document.getElementById('dot')
          let x = 0
          state.moving = window.setInterval(() => {
            x = (x + 10) % 300
            if (dot) dot.style.transform = `translate(${String(x)}px, 40px)`
            state.moves = (state.moves ?? 0) + 1
          }, 1000 / fps)
          return 0
        },
        [on, fps] as const,
      )
    const differences: number[] = []
    for (let pair = 0; pair < pairs; pair++) {
      await move(true)
      const moving = await chromiumCpuPercentOver(windowMs)
      const moves = await move(false)
      // A page held back (a background tab's throttled timers) would read as a cheap one.
      if (moves < (fps * windowMs * 0.9) / 1000)
        throw new Error(`the bare page moved ${String(moves)} times in ${String(windowMs)} ms`)
      differences.push(moving - (await chromiumCpuPercentOver(windowMs)))
    }
    return median(differences)
  } finally {
    await page.close()
  }
}
