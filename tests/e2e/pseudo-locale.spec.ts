import { expect, test } from './harness/fixtures'
import { PseudoAudit } from './support/pseudo/audit'
import { inspectPage } from './support/pseudo/inspect'
import { untranslatedTexts } from './support/pseudo/untranslated'
import { seedHistory } from './support/pseudo/seed'
import { MAIN_SCREENS, mainScreens, ownWindows, session, welcomeSteps } from './support/pseudo/tour'

// The whole app in the pseudo-locales, as a translator's work will be seen. en-XA accents every
// catalogue letter, makes each message about 35% longer and formats dates and numbers in Greek:
// any plain English word left on a screen skipped the catalogue or the locale, and any text
// that no longer fits is cut off or runs out of its box. ar-XB turns the page right to left.
// Pictures go to test-results/screenshots/pseudo-*.png for a person to look at.

// A step that cannot happen (a control renamed or gone) fails in seconds, naming the step,
// rather than after the whole test's time.
test.use({ actionTimeout: 20_000 })

const SIZES = [
  { width: 1280, height: 800 },
  { width: 800, height: 600 },
] as const

test('the checks name English words and text that does not fit (a page made to fail)', async ({
  page,
}) => {
  await page.setViewportSize({ width: 400, height: 300 })
  await page.setContent(`<body style="margin: 0; font: 16px sans-serif">
    <p>⟦Ţóđáý ļö⟧ Loosen</p>
    <p>γραφείο</p>
    <p>⟦Šáνéđ⟧ at 9:45</p>
    <button title="Close">⟦Çĺóšé⟧</button>
    <div style="width: 60px; overflow: hidden; white-space: nowrap"><span>⟦Ŵíđé ţéẋţ ļöñĝéŕ⟧</span></div>
    <p style="width: 50px; overflow: hidden; text-overflow: ellipsis; white-space: nowrap">⟦Éĺĺíƥšíš ţéẋţ⟧</p>
    <div style="width: 80px; overflow-x: auto"><p style="margin: 0 0 0 120px">⟦Šçŕóĺĺ⟧</p></div>
    <p style="margin: 0 0 0 350px; white-space: nowrap">⟦Ƥášţ ţĥé éđĝé⟧</p>
    <p style="display: none">Hidden English</p>
    <p lang="de">Deutsch</p>
    <select style="width: 500px"><option>⟦Çĥóíçé⟧</option></select>
  </body>`)
  const { texts, clipped } = await inspectPage(page)
  expect(untranslatedTexts('sample', texts).map((u) => [u.where, u.words])).toEqual([
    ['button @title', ['Close']],
    ['p', ['at']],
  ])
  expect(clipped.map((c) => [c.text, c.how.replace(/ \(.*/, '')])).toEqual([
    ['⟦Ŵíđé ţéẋţ ļöñĝéŕ⟧', 'cut off sideways by div'],
    ['⟦Éĺĺíƥšíš ţéẋţ⟧', 'cut off sideways by p'],
    ['⟦Éĺĺíƥšíš ţéẋţ⟧', 'cut short in its own box'],
    ['⟦Šçŕóĺĺ⟧', 'runs past its scrolling box div'],
    ['⟦Ƥášţ ţĥé éđĝé⟧', "past the window's edge"],
    ['⟦Çĥóíçé⟧', "control past the window's edge"],
    ['', 'scrolls sideways by 100 px'],
  ])
})

test.describe('en-XA: longer, accented text', () => {
  test.use({ locale: 'en-XA' })

  for (const theme of ['light', 'dark'] as const) {
    for (const size of SIZES) {
      const suffix = `-${theme}-${String(size.width)}x${String(size.height)}`
      test(`every screen is translated and nothing is cut off (${theme}, ${String(size.width)}×${String(size.height)})`, async ({
        loosen,
      }) => {
        test.setTimeout(300_000)
        const { page } = loosen
        const audit = new PseudoAudit(page)
        const stop = { loosen, audit, prefix: 'pseudo', suffix, words: true }
        await loosen.invoke('settings:update', { theme })
        await page.setViewportSize(size)

        await welcomeSteps(stop)
        await seedHistory(loosen)
        await mainScreens(stop)
        // The small windows have one size of their own: once per theme is enough.
        if (size === SIZES[0]) await ownWindows(stop)
        await session(stop)

        audit.write(`pseudo-findings${suffix}`)
        const untranslated = audit.untranslatedReport()
        const clipped = audit.clippedReport()
        // Each list names the screens, the element and the text; also in pseudo-findings-*.txt.
        expect.soft(untranslated, 'English left on screen').toEqual([])
        expect.soft(clipped, 'Text cut off or overflowing').toEqual([])
      })
    }
  }
})

test.describe('ar-XB: right to left', () => {
  test.use({ locale: 'ar-XB' })

  test('every screen turns round: the sidebar on the right, nothing runs sideways', async ({
    loosen,
  }) => {
    test.setTimeout(240_000)
    const { page } = loosen
    const audit = new PseudoAudit(page)
    const stop = { loosen, audit, prefix: 'pseudo-rtl', suffix: '', words: false }
    await loosen.acknowledgeFirstRun()
    await loosen.invoke('settings:update', { theme: 'light' })
    await seedHistory(loosen)
    await page.setViewportSize({ width: 1100, height: 760 })

    await loosen.open('#/today')
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl')
    const sideways: string[] = []
    const onLeft: string[] = []
    for (const screen of MAIN_SCREENS) {
      await loosen.open(`#/${screen}`)
      const layout = await page.evaluate(() => {
        const nav = document.querySelector('.sidebar')?.getBoundingClientRect()
        const root = document.documentElement
        return {
          overflow: root.scrollWidth - root.clientWidth,
          navRight: nav ? Math.round(nav.right) : -1,
          width: root.clientWidth,
        }
      })
      if (layout.overflow > 0) sideways.push(`${screen}: ${String(layout.overflow)} px sideways`)
      if (Math.abs(layout.navRight - layout.width) > 1) {
        onLeft.push(
          `${screen}: sidebar ends at ${String(layout.navRight)} of ${String(layout.width)}`,
        )
      }
    }
    await mainScreens(stop)
    await ownWindows(stop)
    await session(stop)

    audit.write('pseudo-rtl-findings')
    expect(sideways, 'screens that scroll sideways').toEqual([])
    expect(onLeft, 'the sidebar is not on the inline-start (right) side').toEqual([])
    const clipped = audit.clippedReport()
    expect.soft(clipped, 'Text cut off or overflowing').toEqual([])
  })
})
