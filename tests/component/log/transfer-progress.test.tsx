// @vitest-environment jsdom
import { act, cleanup, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { TransferStatus } from '../../../electron/shared/contract/transfer'
import type { Result } from '../../../electron/shared/result'
import { PROGRESS_POLL_MS } from '../../../renderer/src/log/TransferProgress'
import { TransferPanel } from '../../../renderer/src/log/TransferPanel'
import { deferred, installFakeApi } from '../support/fake-api'

const counts = {
  ratings: 10_000,
  practiceSessions: 0,
  customPractices: 0,
  breaks: 0,
  sittingSpans: 0,
}
const none = { ratings: 0, practiceSessions: 0, customPractices: 0, breaks: 0, sittingSpans: 0 }
const CANCELLED = 'The import was cancelled. Nothing was imported.'

beforeEach(() => {
  // Only the progress poll's interval is faked: the test moves it on by hand.
  vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] })
})
afterEach(() => {
  cleanup()
  vi.useRealTimers()
})

describe('the import shows its progress and can be cancelled', () => {
  it('polls main for progress while importing; Cancel asks main to stop and the bar goes', async () => {
    const commit = deferred<Result<unknown>>()
    let status: TransferStatus = {
      running: true,
      kind: 'commit',
      progress: null,
      cancelling: false,
    }
    const fake = installFakeApi({
      'log:previewImport': () => ({
        valid: true,
        summary: { format: 'json', added: counts, skipped: none, settings: 0, ignoredSettings: [] },
      }),
      'log:commitImport': () => commit.promise,
      'log:transferStatus': () => status,
      'log:cancelTransfer': () => {
        status = { ...status, cancelling: true }
        return true
      },
    })
    render(<TransferPanel />)
    const file = new File(['{"formatVersion":1}'], 'big.json', { type: 'application/json' })
    await userEvent.upload(screen.getByLabelText('Import a JSON or CSV file'), file)
    await userEvent.click(await screen.findByRole('button', { name: 'Import' }))

    const group = screen.getByRole('group', { name: 'Importing' })
    status = { ...status, progress: { phase: 'checking', done: 2_000, total: 10_000 } }
    await act(async () => {
      vi.advanceTimersByTime(PROGRESS_POLL_MS)
      await Promise.resolve()
    })
    expect(await screen.findByText('Checking records 2,000 of 10,000')).toBeTruthy()
    const bar = screen.getByRole('progressbar', { name: 'Importing' })
    expect(bar.getAttribute('value')).toBe('2000')
    expect(bar.getAttribute('max')).toBe('10000')
    expect(screen.getByRole('button', { name: 'Import' }).hasAttribute('disabled')).toBe(true)

    await userEvent.click(within(group).getByRole('button', { name: 'Cancel' }))
    expect(fake.count('log:cancelTransfer')).toBe(1)
    await act(async () => {
      vi.advanceTimersByTime(PROGRESS_POLL_MS)
      await Promise.resolve()
    })
    expect(await within(group).findByRole('button', { name: 'Cancelling…' })).toBeTruthy()

    await act(async () => {
      commit.resolve({ ok: false, error: { code: 'conflict', message: CANCELLED } })
      await commit.promise
    })
    expect(await screen.findByText(CANCELLED)).toBeTruthy()
    expect(screen.queryByRole('progressbar')).toBeNull()
    // No polling once nothing runs.
    const polls = fake.count('log:transferStatus')
    vi.advanceTimersByTime(PROGRESS_POLL_MS * 4)
    expect(fake.count('log:transferStatus')).toBe(polls)
  })
})
