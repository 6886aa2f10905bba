import { expect, test } from './harness/fixtures'
import { seedPrompts } from './harness/seed-prompts'

// Issue 13: Insights at 800 px must not scroll sideways, and the three "followed within"
// shares must sit cleanly side by side, not two on a line and the third wrapped below.

for (const language of ['en', 'de', 'fr'] as const) {
  test(`the reminder shares on Insights lie in one clean row at 800 × 600 (${language})`, async ({
    loosen,
  }) => {
    const { page } = loosen
    await loosen.acknowledgeFirstRun()
    if (language !== 'en') await loosen.invoke('settings:update', { language })
    seedPrompts(loosen)
    await page.setViewportSize({ width: 800, height: 600 })
    await loosen.open('#/insights')
    const shares = page.locator('section[aria-labelledby="prompts-title"] li[data-within]')
    await expect(shares).toHaveCount(3)

    const sideways = await page.evaluate(() => {
      const root = document.scrollingElement ?? document.documentElement
      return root.scrollWidth - root.clientWidth
    })
    expect(sideways, 'the page scrolls sideways').toBeLessThanOrEqual(0)

    const boxes = await shares.evaluateAll((items) =>
      items.map((li) => {
        const box = li.getBoundingClientRect()
        const figure = li.querySelector('strong')?.getBoundingClientRect()
        const lineHeight = parseFloat(getComputedStyle(li.querySelector('strong') ?? li).lineHeight)
        return {
          top: box.top,
          left: box.left,
          right: box.right,
          width: box.width,
          figureLines: figure ? Math.round(figure.height / lineHeight) : 0,
          overflows: li.scrollWidth > li.clientWidth,
        }
      }),
    )
    const [first, second, third] = boxes
    if (!first || !second || !third) throw new Error('three shares expected')
    // One row, in equal columns, each after the other.
    expect(new Set(boxes.map((b) => Math.round(b.top))).size).toBe(1)
    expect(Math.abs(first.width - third.width)).toBeLessThan(1)
    expect(second.left).toBeGreaterThan(first.right)
    expect(third.left).toBeGreaterThan(second.right)
    // Each figure reads whole on one line, and nothing spills out of its column.
    expect(boxes.map((b) => b.figureLines)).toEqual([1, 1, 1])
    expect(boxes.map((b) => b.overflows)).toEqual([false, false, false])
  })
}
