// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import type { Rating } from '../../../electron/shared/contract/log'
import type { RecordCounts } from '../../../electron/shared/log/transfer-types'
import { RatingList } from '../../../renderer/src/log/RatingList'
import { TransferPanel } from '../../../renderer/src/log/TransferPanel'
import { installFakeApi } from '../support/fake-api'
import { renderIn } from './locale-support'

afterEach(cleanup)

// Intl puts a narrow no-break space before AM/PM in newer ICU; compare with plain spaces.
const plain = (text: string | null) => (text ?? '').replace(/[\u202f\u00a0]/g, ' ')

// A local time, so the test reads the same in any time zone.
const rating: Rating = {
  id: 'r1',
  value: 7,
  takenAt: new Date(2026, 10, 23, 14, 20).getTime(),
  utcOffsetMin: 60,
  regions: { 'left-groin': 4, 'lower-back': 6 },
  note: '',
  tags: ['after sitting', 'my desk'],
  sessionId: null,
  phase: null,
}

function list(format: string) {
  renderIn(
    format,
    <RatingList
      ratings={[rating]}
      total={1}
      hasMore={false}
      onLoadMore={() => undefined}
      onEdited={() => undefined}
      onDelete={() => undefined}
    />,
  )
  const table = screen.getByRole('table', { name: /newest first/ })
  return within(table).getAllByRole('row')[1]!
}

describe('the self-rating list in the locale set on the computer', () => {
  it('shows German dates and a 24-hour time for de-DE', () => {
    const row = list('de-DE')
    const cells = within(row).getAllByRole('cell')
    expect(plain(cells[0]!.textContent)).toBe('Mo., 23. Nov., 14:20')
    expect(row.textContent).not.toMatch(/PM|Mon/)
    // The buttons name the same time, so a screen reader hears what is shown.
    expect(
      within(row).getByRole('button', { name: 'Edit self-rating 7/10 from Mo., 23. Nov., 14:20' }),
    ).toBeTruthy()
  })

  it('shows an American date and a 12-hour time for en-US', () => {
    const row = list('en-US')
    expect(plain(within(row).getAllByRole('cell')[0]!.textContent)).toBe('Mon, Nov 23, 2:20 PM')
  })

  it('names regions and built-in tags from the catalogue, and keeps the user’s own tag', () => {
    const row = list('en-GB')
    const cells = within(row).getAllByRole('cell')
    expect(cells[2]!.textContent).toBe('Left groin 4, Lower back 6')
    expect(cells[3]!.textContent).toBe('after sitting, my desk')
    expect(screen.getByRole('table').querySelector('caption')!.textContent).toBe(
      'Showing 1 of 1 self-ratings, newest first',
    )
  })
})

const none: RecordCounts = {
  ratings: 0,
  practiceSessions: 0,
  customPractices: 0,
  breaks: 0,
  sittingSpans: 0,
  checkins: 0,
  stopReasons: 0,
}

async function importWith(added: Partial<RecordCounts>, skipped: Partial<RecordCounts>) {
  const counts = { ...none, ...added }
  installFakeApi({
    'log:previewImport': () => ({
      valid: true,
      summary: {
        format: 'json',
        added: counts,
        skipped: { ...none, ...skipped },
        settings: 0,
        ignoredSettings: [],
      },
    }),
    'log:commitImport': () => ({ added: counts, skipped: { ...none, ...skipped } }),
    'log:transferStatus': () => ({ running: false, kind: null, progress: null, cancelling: false }),
  })
  renderIn('en-US', <TransferPanel />)
  const file = new File(['{"formatVersion":1}'], 'mine.json', { type: 'application/json' })
  await userEvent.upload(screen.getByLabelText('Import a JSON or CSV file'), file)
  const summary = await screen.findByRole('table', { name: 'What this JSON file would add' })
  await userEvent.click(screen.getByRole('button', { name: 'Import' }))
  const status = await screen.findByText(/^Imported/)
  return { summary, status: status.textContent }
}

describe('the import summary counts in words', () => {
  it('reads "1 record" for one', async () => {
    const { status } = await importWith({ ratings: 1 }, {})
    expect(status).toBe('Imported 1 record; 0 already in Loosen were skipped.')
  })

  it('reads "3 records" for three, and shows each kind with its own count', async () => {
    const { summary, status } = await importWith({ ratings: 2, breaks: 1 }, { ratings: 4 })
    expect(status).toBe('Imported 3 records; 4 already in Loosen were skipped.')
    const row = within(summary).getByRole('row', { name: /^Self-ratings/ })
    expect(
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['2', '4'])
  })
})
