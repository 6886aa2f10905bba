// @vitest-environment jsdom
import type { ReactNode } from 'react'
import { useState } from 'react'
import { cleanup, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { defaultSettings } from '../../../electron/shared/settings/schema'
import { TimeField } from '../../../renderer/src/components/TimeField'
import { TranslatorProvider, translatorFor } from '../../../renderer/src/i18n/i18n-context'
import { WorkingHoursEditor } from '../../../renderer/src/reminders/WorkingHoursEditor'

afterEach(cleanup)

function inLanguage(chosen: string, system: string, ui: ReactNode) {
  return render(
    <TranslatorProvider translator={translatorFor(chosen, [system])}>{ui}</TranslatorProvider>,
  )
}

/** A time field that keeps what it is given, and reports each value. */
function Kept({ start, seen }: { start: string; seen: (value: string) => void }) {
  const [value, setValue] = useState(start)
  return (
    <TimeField
      label="Starts"
      value={value}
      onChange={(next) => {
        seen(next)
        setValue(next)
      }}
    />
  )
}

const shownOptions = (select: HTMLElement) =>
  [...select.querySelectorAll('option')].map((o) => o.textContent)

describe('a time in the app’s language', () => {
  it('reads 12-hour with AM/PM in American English', () => {
    inLanguage('en', 'en-US', <Kept start="21:05" seen={() => undefined} />)
    const time = screen.getByRole('group', { name: 'Starts' })
    const hour = within(time).getByRole('combobox', { name: 'Hour' })
    expect(shownOptions(hour)).toEqual([
      '12',
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
      '7',
      '8',
      '9',
      '10',
      '11',
    ])
    expect(hour).toHaveProperty('value', '9')
    expect(within(time).getByRole('combobox', { name: 'Minute' })).toHaveProperty('value', '5')
    const period = within(time).getByRole('combobox', { name: 'AM or PM' })
    expect(shownOptions(period)).toEqual(['AM', 'PM'])
    expect(period).toHaveProperty('value', 'pm')
  })

  it.each([
    ['de', 'de-DE', 'Stunde'],
    ['en', 'en-GB', 'Hour'],
  ])('reads 24-hour in %s (%s), without a morning/afternoon choice', (chosen, system, hourName) => {
    inLanguage(chosen, system, <Kept start="21:05" seen={() => undefined} />)
    const hour = screen.getByRole('combobox', { name: hourName })
    expect(shownOptions(hour)).toHaveLength(24)
    expect(shownOptions(hour)[0]).toBe('00')
    expect(shownOptions(hour)[23]).toBe('23')
    expect(hour).toHaveProperty('value', '21')
    expect(screen.getAllByRole('combobox')).toHaveLength(2)
  })

  it('gives "HH:MM" in 24 hours whatever the clock shown', async () => {
    const seen = vi.fn()
    inLanguage('en', 'en-US', <Kept start="09:30" seen={seen} />)
    const user = userEvent.setup()
    await user.selectOptions(screen.getByRole('combobox', { name: 'AM or PM' }), 'pm')
    expect(seen).toHaveBeenLastCalledWith('21:30')
    await user.selectOptions(screen.getByRole('combobox', { name: 'Hour' }), '12')
    expect(seen).toHaveBeenLastCalledWith('12:30')
    await user.selectOptions(screen.getByRole('combobox', { name: 'AM or PM' }), 'am')
    expect(seen).toHaveBeenLastCalledWith('00:30')
    await user.selectOptions(screen.getByRole('combobox', { name: 'Minute' }), '7')
    expect(seen).toHaveBeenLastCalledWith('00:07')
  })

  it('gives "HH:MM" from the 24-hour parts', async () => {
    const seen = vi.fn()
    inLanguage('de', 'de-DE', <Kept start="09:30" seen={seen} />)
    const user = userEvent.setup()
    await user.selectOptions(screen.getByRole('combobox', { name: 'Stunde' }), '17')
    expect(seen).toHaveBeenLastCalledWith('17:30')
    await user.selectOptions(screen.getByRole('combobox', { name: 'Minute' }), '0')
    expect(seen).toHaveBeenLastCalledWith('17:00')
  })

  it('saves a working-hours time as soon as it is picked, in German without AM/PM', async () => {
    const save = vi.fn().mockResolvedValue(null)
    inLanguage(
      'de',
      'de-DE',
      <WorkingHoursEditor
        settings={{ ...defaultSettings, remindersWorkingHoursOn: true }}
        save={save}
      />,
    )
    const user = userEvent.setup()
    const monday = screen.getByRole('group', { name: 'Montag, Zeitraum 1: Beginn' })
    expect(within(monday).queryByRole('combobox', { name: 'Vormittag oder Nachmittag' })).toBeNull()
    await user.selectOptions(within(monday).getByRole('combobox', { name: 'Stunde' }), '8')
    const week = defaultSettings.remindersWorkingHours.map((d, i) =>
      i === 1 ? [{ start: '08:00', end: '17:00' }] : d,
    )
    expect(save).toHaveBeenCalledWith({ remindersWorkingHours: week })
  })
})
