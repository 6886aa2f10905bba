import { afterEach, describe, expect, it } from 'vitest'
import { openHost, type Host } from '../features/host'
import { useTempFolder } from '../../support/temp-folder'

// SQLite keeps UTF-8, which has no room for half a surrogate pair: saved, it would come back
// as U+FFFD. The app refuses such text where it enters instead of changing it without a word.

const NOW = Date.parse('2026-11-23T12:00:00Z')

describe('text that cannot be stored exactly', () => {
  const tempFolder = useTempFolder()
  let host: Host | undefined
  afterEach(() => host?.services.close())

  const ratings = async (h: Host) =>
    (await h.call<{ ratings: unknown[] }>('log:listRatings', {})).ratings

  it.each([
    ['a lone high surrogate in a note', { note: 'knee \uD83D stiff' }, /broken character/],
    ['a lone low surrogate in a tag', { tags: ['\uDE00 desk'] }, /broken character/],
    ['a NUL in a note', { note: 'long\u0000day' }, /NUL/],
  ])('%s is refused with a plain reason and nothing is saved', async (_name, extra, message) => {
    host = openHost(tempFolder(), NOW)
    const result = await host.services.dispatch('log:addRating', { value: 5, ...extra })
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.error.message).toMatch(message)
    expect(await ratings(host)).toEqual([])
  })

  it('whole emoji, accents and line breaks are kept exactly', async () => {
    host = openHost(tempFolder(), NOW)
    const note = 'Hüfte 😌 loser\nafter the walk\ttoday'
    await host.call('log:addRating', { value: 3, note, tags: ['café 🚶'] })
    expect(await ratings(host)).toMatchObject([{ note, tags: ['café 🚶'] }])
  })
})
