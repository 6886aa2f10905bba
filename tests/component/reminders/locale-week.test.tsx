// @vitest-environment jsdom
import type { ReactNode } from 'react'
import { cleanup, render, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { defaultSettings } from '../../../electron/shared/settings/schema'
import { TranslatorProvider, translatorFor } from '../../../renderer/src/i18n/i18n-context'
import { DailyRemindersEditor } from '../../../renderer/src/reminders/DailyRemindersEditor'
import { StatusPanel } from '../../../renderer/src/reminders/StatusPanel'
import { WorkingHoursEditor } from '../../../renderer/src/reminders/WorkingHoursEditor'
import { installFakeApi } from '../support/fake-api'
import { reminderStatus } from '../../support/reminder-status'

afterEach(cleanup)

const save = vi.fn().mockResolvedValue(null)

function inLanguage(chosen: string, system: string, ui: ReactNode) {
  return render(
    <TranslatorProvider translator={translatorFor(chosen, [system])}>{ui}</TranslatorProvider>,
  )
}

/** The weekday names of the working-hours form, top to bottom. */
function workingDays(): string[] {
  const week = document.querySelector('fieldset')
  if (!week) throw new Error('no working-hours fieldset')
  return [...week.querySelectorAll('button:not([aria-label])')].map((b) => b.textContent)
}

describe('weeks and times in the locale', () => {
  it('working hours run Sunday first in the US, each day named by Intl', () => {
    inLanguage('en', 'en-US', <WorkingHoursEditor settings={defaultSettings} save={save} />)
    expect(workingDays()).toEqual([
      'Add hours on Sunday',
      'Add hours on Monday',
      'Add hours on Tuesday',
      'Add hours on Wednesday',
      'Add hours on Thursday',
      'Add hours on Friday',
      'Add hours on Saturday',
    ])
  })

  it('working hours run Monday first in Britain and in German', () => {
    inLanguage('en', 'en-GB', <WorkingHoursEditor settings={defaultSettings} save={save} />)
    expect(workingDays()[0]).toBe('Add hours on Monday')
    expect(workingDays()[6]).toBe('Add hours on Sunday')
    cleanup()
    inLanguage('system', 'de-DE', <WorkingHoursEditor settings={defaultSettings} save={save} />)
    const days = workingDays()
    expect(days[0]).toContain('Montag')
    expect(days[6]).toContain('Sonntag')
  })

  it('a daily reminder offers its days in the locale’s order and words', () => {
    const settings = {
      ...defaultSettings,
      remindersDaily: [{ id: 'a', time: '08:00', days: [1], label: 'Scan', practiceId: null }],
    }
    inLanguage('system', 'de-DE', <DailyRemindersEditor settings={settings} save={save} />)
    const name = translatorFor('system', ['de-DE']).t('reminders.daily.days', { number: 1 })
    const boxes = within(screen.getByRole('group', { name })).getAllByRole('checkbox')
    const labels = boxes.map((b) => b.closest('label')?.textContent)
    expect(labels[0]).toMatch(/^Mo/)
    expect(labels[6]).toMatch(/^So/)
    // Monday (1) is the first box in German and is the one ticked.
    expect((boxes[0] as HTMLInputElement).checked).toBe(true)
  })

  it('the next break reads on the locale’s clock: 24-hour in en-GB, 12-hour in en-US', () => {
    installFakeApi({})
    const now = new Date(2026, 10, 23, 13, 0).getTime()
    const status = reminderStatus(now, {
      phase: 'sitting',
      sittingSince: now,
      nextBreakAt: now + 45 * 60_000,
    })
    const act = vi.fn()
    inLanguage('en', 'en-GB', <StatusPanel status={status} act={act} onStartBreak={vi.fn()} />)
    expect(screen.getByText(/Next break at/).textContent).toBe('Next break at 13:45 (in 45 min).')
    cleanup()
    inLanguage('en', 'en-US', <StatusPanel status={status} act={act} onStartBreak={vi.fn()} />)
    expect(screen.getByText(/Next break at/).textContent.replace(/\u202f/g, ' ')).toBe(
      'Next break at 1:45 PM (in 45 min).',
    )
  })
})
