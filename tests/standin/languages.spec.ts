import { cataloguesOnDisk } from '../support/catalogues-on-disk'
import { createCatalogueSet } from '../../electron/shared/i18n/catalogue-set'
import { resolveLocale } from '../../electron/shared/i18n/locales'
import type { Messages } from '../../electron/shared/i18n/message-key'
import type { Translator } from '../../electron/shared/i18n/translator'
import { PRACTICE_SHORTCUTS } from '../../electron/shared/reminders/practice-shortcuts'
import type { StandInApp } from './launch'
import type { MenuItemState, NotificationState } from './messages'
import { acknowledgeFirstRun, expect, invokeFromWindow, shownWindow, test, until } from './scenario'

// Main's own words (the tray menu, a break reminder) in each language Loosen ships: the
// languages are the files in locales/, and what each should say is read from its catalogue,
// English where a translation is still missing (as the app shows it).

const MINUTE = 60_000
const files = cataloguesOnDisk()
const english = files['en.json'] as Messages
const shipped = Object.keys(files).map((name) => name.replace(/\.json$/, ''))
const catalogues = createCatalogueSet(files)

/** A message as the person should see it: the catalogue's text, else English's. */
function expected(tag: string | undefined, id: string): string {
  const own = tag === undefined ? undefined : files[`${tag}.json`]
  const text = own?.[id] ?? english[id]
  if (text === undefined) throw new Error(`${id} is in no catalogue`)
  return text
}

/** A practice's title as the tray should show it: its translated script title, else English. */
function practiceTitle(tag: string | undefined, shortcut: { id: string; title: string }): string {
  const own = tag === undefined ? undefined : files[`${tag}.json`]
  return own?.[`script.${shortcut.id}.title`] ?? shortcut.title
}

/** The language a system would report for a catalogue: English as en-US, others as they are. */
const systemTag = (tag: string) => (tag === 'en' ? 'en-US' : tag)

function labels(items: MenuItemState[] | null | undefined): string[] {
  return (items ?? []).filter((item) => item.type !== 'separator').map((item) => item.label)
}

/** The tray menu a person with `tag` sees, from the catalogues (the headline aside). */
function expectedMenu(tag: string | undefined) {
  return {
    items: [
      expected(tag, 'tray.menu.startBreak'),
      expected(tag, 'tray.menu.startPractice'),
      expected(tag, 'tray.menu.logTension'),
      expected(tag, 'tray.menu.pause'),
      expected(tag, 'tray.menu.open'),
      expected(tag, 'tray.menu.quit'),
    ],
    practices: PRACTICE_SHORTCUTS.map((p) => practiceTitle(tag, p)),
    pause: [
      expected(tag, 'tray.menu.pause30m'),
      expected(tag, 'tray.menu.pause1h'),
      expected(tag, 'tray.menu.pause2h'),
      expected(tag, 'tray.menu.pauseTomorrow'),
      expected(tag, 'tray.menu.pauseIndefinitely'),
    ],
  }
}

async function trayMenu(app: StandInApp) {
  const state = await app.state()
  const menu = state.tray?.menu ?? []
  return {
    items: labels(menu).slice(1),
    practices: labels(menu[3]?.submenu),
    pause: labels(menu[5]?.submenu),
  }
}

/** Sits, active, until the break reminder whose title is `title` appears. */
async function sitUntilReminder(app: StandInApp, title: string): Promise<NotificationState> {
  await app.command({ name: 'idle', seconds: 0 })
  await app.command({ name: 'advance', ms: 46 * MINUTE })
  const state = await until(
    () => app.state(),
    (s) => s.notifications.some((n) => n.title === title),
  )
  const due = state.notifications.findLast((n) => n.title === title)
  if (!due) throw new Error(`No reminder titled ${title}: ${JSON.stringify(state.notifications)}`)
  return due
}

/** Whether `body` is the due reminder's body in this language for some length of sitting. */
function isDueBody(translator: Translator, body: string, breakMin: number): boolean {
  for (let minutes = 1; minutes <= 240; minutes += 1) {
    const text = translator.t('notice.due.body', { minutes, breakMin, how: 'buttons' })
    if (text === body) return true
  }
  return false
}

for (const tag of shipped) {
  test(`${tag}: the tray menu and a break reminder speak the system's language`, async ({
    launch,
  }) => {
    const app = launch({ platform: 'win32', languages: [systemTag(tag), 'en-US'] })
    await acknowledgeFirstRun(app)
    expect(await trayMenu(app)).toEqual(expectedMenu(tag))

    const settings = await invokeFromWindow(app, 'settings:get')
    const breakMin = settings.ok
      ? (settings.value as { remindersBreakMin: number }).remindersBreakMin
      : NaN
    await app.command({ name: 'close-window', id: (await shownWindow(app)).id })
    const due = await sitUntilReminder(app, expected(tag, 'notice.due.title'))
    expect(due.actions).toEqual([
      expected(tag, 'notice.action.startBreak'),
      expected(tag, 'notice.action.snooze'),
    ])
    const translator = catalogues.translatorFor(resolveLocale('system', [systemTag(tag)], shipped))
    expect(isDueBody(translator, due.body, breakMin), due.body).toBe(true)
    expect(app.violations()).toEqual([])
  })
}

test('choosing a language in Settings rebuilds the tray menu in it, and System goes back', async ({
  launch,
}) => {
  const other = shipped.find((tag) => tag !== 'en')
  // Five languages ship; a tree without them is a broken checkout, not a reason to skip.
  if (other === undefined) throw new Error('No language besides English in locales/.')
  const app = launch({ platform: 'win32', languages: ['en-US'] })
  await acknowledgeFirstRun(app)
  expect(await trayMenu(app)).toEqual(expectedMenu('en'))

  const chosen = await invokeFromWindow(app, 'settings:update', { language: other })
  expect(chosen.ok).toBe(true)
  const wanted = expectedMenu(other)
  const rebuilt = await until(
    () => trayMenu(app),
    (menu) => JSON.stringify(menu) === JSON.stringify(wanted),
  )
  expect(rebuilt).toEqual(wanted)

  expect((await invokeFromWindow(app, 'settings:update', { language: 'system' })).ok).toBe(true)
  expect(await trayMenu(app)).toEqual(expectedMenu('en'))
  expect(app.violations()).toEqual([])
})

test('de-AT reads German where Loosen has it, ja-JP reads English', async ({ launch }) => {
  const german = shipped.includes('de') ? 'de' : undefined
  const austria = launch({ platform: 'win32', languages: ['de-AT'] })
  await acknowledgeFirstRun(austria)
  expect(await trayMenu(austria)).toEqual(expectedMenu(german))
  await austria.dispose()

  const japan = launch({ platform: 'win32', languages: ['ja-JP'] })
  await acknowledgeFirstRun(japan)
  expect(await trayMenu(japan)).toEqual(expectedMenu(undefined))
  expect(japan.violations()).toEqual([])
})
