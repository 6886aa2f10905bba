import { describe, expect, it } from 'vitest'
import { formatWhen } from '../../../renderer/src/log/format'
import { clockTime, whenText } from '../../../renderer/src/reminders/format'

// Local times, so the test reads the same in any time zone.
const afternoon = new Date(2026, 10, 23, 14, 20).getTime()
const morning = new Date(2026, 10, 23, 2, 5).getTime()

// Intl puts a narrow no-break space before AM/PM in newer ICU; compare with plain spaces.
const plain = (text: string) => text.replace(/[\u202f\u00a0]/g, ' ')

describe('times of day in the user’s locale', () => {
  it('en-US: a 12-hour clock without a leading zero', () => {
    expect(plain(clockTime(afternoon, 'en-US'))).toBe('2:20 PM')
    expect(plain(clockTime(morning, 'en-US'))).toBe('2:05 AM')
    expect(plain(formatWhen(afternoon, 'en-US'))).toBe('Mon, Nov 23, 2:20 PM')
  })

  it('en-GB: the 24-hour clock people write there', () => {
    expect(clockTime(afternoon, 'en-GB')).toBe('14:20')
    expect(clockTime(morning, 'en-GB')).toBe('2:05')
    expect(formatWhen(afternoon, 'en-GB')).toBe('Mon 23 Nov, 14:20')
  })

  it('de-DE: the 24-hour clock', () => {
    expect(clockTime(afternoon, 'de-DE')).toBe('14:20')
    expect(clockTime(morning, 'de-DE')).toBe('2:05')
    expect(formatWhen(afternoon, 'de-DE')).toBe('Mo., 23. Nov., 14:20')
  })

  it('never the old zero-padded 12-hour "02:20 PM"', () => {
    expect(plain(clockTime(afternoon, 'en-US'))).not.toMatch(/^0/)
    expect(plain(formatWhen(morning, 'en-US'))).not.toContain('02:05')
  })

  it('whenText keeps "today at" with the locale’s time', () => {
    expect(whenText(afternoon, afternoon - 3_600_000)).toBe(`today at ${clockTime(afternoon)}`)
  })
})
