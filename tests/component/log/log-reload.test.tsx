// @vitest-environment jsdom
import { cleanup, render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import type { NewRating, Rating } from '../../../electron/shared/contract/log'
import { defaultSettings } from '../../../electron/shared/settings/schema'
import { LogScreen } from '../../../renderer/src/screens/LogScreen'
import { SettingsProvider } from '../../../renderer/src/settings/settings-context'
import { installFakeApi } from '../support/fake-api'

afterEach(cleanup)

function fakeLog() {
  const ratings: Rating[] = []
  const fake = installFakeApi({
    'settings:get': () => defaultSettings,
    'log:listRatings': () => ({
      ratings: [...ratings].reverse(),
      total: ratings.length,
      next: null,
    }),
    'log:addRating': (payload) => {
      const input = payload as NewRating
      const rating: Rating = {
        id: `r${String(ratings.length + 1)}`,
        value: input.value,
        takenAt: Date.parse('2026-11-23T10:00:00Z') + ratings.length,
        utcOffsetMin: 0,
        regions: {},
        note: '',
        tags: [],
        sessionId: null,
        phase: null,
      }
      ratings.push(rating)
      // Main announces the change before it answers.
      fake.emit({ type: 'data-changed', domain: 'log' })
      return rating
    },
  })
  return fake
}

/** Lets every pending answer and the short settling wait run out. */
const settle = () => new Promise((done) => setTimeout(done, 50))

describe('the Log after a save', () => {
  it('reloads the list once, through the change main announces', async () => {
    const fake = fakeLog()
    render(
      <SettingsProvider>
        <LogScreen />
      </SettingsProvider>,
    )
    await screen.findByText(/Nothing logged yet/)
    await settle()
    fake.reset()

    await userEvent.type(screen.getByLabelText('How tense do your hips feel?'), '7{Enter}')
    await waitFor(() => expect(screen.getByRole('table').textContent).toContain('7'))
    await settle()

    expect(fake.count('log:addRating')).toBe(1)
    expect(fake.count('log:listRatings')).toBe(1)
  })
})
