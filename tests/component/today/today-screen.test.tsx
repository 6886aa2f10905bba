// @vitest-environment jsdom
import { cleanup, render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { Rating } from '../../../electron/shared/contract/log'
import type { ReminderStatus } from '../../../electron/shared/contract/reminders'
import { ShellActionsContext } from '../../../renderer/src/app/shell-actions'
import { TodayScreen } from '../../../renderer/src/screens/TodayScreen'
import { installFakeApi } from '../support/fake-api'

afterEach(cleanup)

const evening = new Date(2026, 10, 25, 20, 30).getTime()

function status(patch: Partial<ReminderStatus>): Partial<ReminderStatus> {
  return {
    phase: 'sitting',
    now: evening,
    sittingSince: evening - 10 * 60_000,
    nextBreakAt: evening + 35 * 60_000,
    pausedUntil: null,
    pausedIndefinitely: false,
    offHoursUntil: null,
    ...patch,
  }
}

function rating(value: number, takenAt: number, id: string): Rating {
  return {
    id,
    value,
    takenAt,
    utcOffsetMin: 0,
    regions: {},
    note: '',
    tags: [],
    sessionId: null,
    phase: null,
  }
}

function setup(reminders: Partial<ReminderStatus>, ratings: Rating[]) {
  const list = [...ratings]
  const fake = installFakeApi({
    'reminders:state': () => reminders,
    'log:listRatings': () => ({ ratings: [...list], total: list.length, next: null }),
    'practice:listSessions': () => [],
  })
  const openQuickLog = vi.fn()
  const navigate = vi.fn()
  render(
    <ShellActionsContext.Provider value={{ openQuickLog, showWelcome: () => undefined }}>
      <TodayScreen detail={null} navigate={navigate} />
    </ShellActionsContext.Provider>,
  )
  return { fake, list, openQuickLog, navigate }
}

describe('TodayScreen', () => {
  it('suggests the body scan on a tense evening and opens it', async () => {
    const { navigate } = setup(status({}), [rating(7, evening - 3_600_000, 'a')])
    const button = await screen.findByRole('button', { name: 'Open Hip & Pelvis Body Scan' })
    expect(screen.getByText(/your last self-rating was 7\/10/)).toBeTruthy()
    await userEvent.click(button)
    expect(navigate).toHaveBeenCalledWith('practice', 'hip-pelvis-body-scan')
  })

  it('one tap on Check in opens the quick log', async () => {
    const { openQuickLog } = setup(status({}), [])
    await userEvent.click(await screen.findByRole('button', { name: 'Check in' }))
    expect(openQuickLog).toHaveBeenCalledTimes(1)
  })

  it('says plainly when reminders are paused or off, without a countdown', async () => {
    setup(status({ phase: 'disabled', sittingSince: null, nextBreakAt: null }), [])
    expect(await screen.findByText(/Break reminders are off/)).toBeTruthy()
    expect(screen.getByText('Not sitting right now.')).toBeTruthy()
    expect(screen.queryByText(/Next break/)).toBeNull()
  })

  it('shows a new check-in from elsewhere (Alt+L, the tray) once main announces it', async () => {
    const { fake, list } = setup(status({}), [])
    expect(await screen.findByText(/No check-ins yet/)).toBeTruthy()
    list.unshift(rating(3, evening, 'b'))
    fake.emit({ kind: 'data', domain: 'log' } as never)
    await waitFor(() => expect(screen.getByText(/Your last self-rating was 3\/10/)).toBeTruthy())
  })
})

describe('TodayScreen over time', () => {
  afterEach(() => vi.useRealTimers())

  it('asks for the reminder state again each minute, so the countdown stays true', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true })
    let now = evening
    const fake = installFakeApi({
      'reminders:state': () => status({ now }),
      'log:listRatings': () => ({ ratings: [], total: 0, next: null }),
      'practice:listSessions': () => [],
    })
    render(<TodayScreen detail={null} navigate={() => undefined} />)
    expect(await screen.findByText(/in 35 min/)).toBeTruthy()
    const asked = fake.count('reminders:state')
    now += 60_000
    await vi.advanceTimersByTimeAsync(60_000)
    await waitFor(() => expect(screen.getByText(/in 34 min/)).toBeTruthy())
    expect(fake.count('reminders:state')).toBe(asked + 1)
  })
})
