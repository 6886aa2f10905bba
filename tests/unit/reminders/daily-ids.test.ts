import { describe, expect, it } from 'vitest'
import { settingsPatchSchema } from '../../../electron/shared/settings/schema'
import { sayMessage } from '../../../electron/shared/text/phrase'

const reminder = (id: string, time: string) => ({
  id,
  time,
  days: [1, 2, 3, 4, 5],
  label: 'Morning body scan',
  practiceId: null,
})

describe('daily reminders each need their own id', () => {
  it('refuses two with one id, since only one of them would fire', () => {
    const result = settingsPatchSchema.safeParse({
      remindersDaily: [reminder('a', '08:00'), reminder('a', '18:00')],
    })
    expect(result.success).toBe(false)
    // Zod's message is a message id, said in the person's language wherever it is shown.
    expect(sayMessage(result.error?.issues[0]?.message ?? '')).toBe(
      'Two daily reminders have the same id; each needs its own.',
    )
  })

  it('accepts distinct ids', () => {
    const patch = { remindersDaily: [reminder('a', '08:00'), reminder('b', '18:00')] }
    expect(settingsPatchSchema.safeParse(patch).success).toBe(true)
  })
})
