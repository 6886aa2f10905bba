import { useEffect, useState } from 'react'
import type { Streak } from '../../../electron/shared/practice/streak'
import { api } from '../api'
import { useSettings } from '../settings/settings-context'

/**
 * A quiet line about days in a row. It says nothing when there is no streak, so a missed day
 * never greets anyone with a zero; Settings can hide it altogether.
 */
export function StreakNote() {
  const { settings } = useSettings()
  const [streak, setStreak] = useState<Streak | null>(null)
  const show = settings?.showStreaks ?? false

  useEffect(() => {
    if (!show) return
    const load = () =>
      void api()
        .practice.streak()
        .then((result) => {
          if (result.ok) setStreak(result.value)
        })
    load()
    return api().events.subscribe((event) => {
      if (event.type === 'data-changed' && event.domain === 'practice') load()
    })
  }, [show])

  if (!show || !streak || streak.days < 2) return null
  return (
    <p className="streak-note" role="status">
      {streak.days} days in a row{streak.practisedToday ? ', including today' : ''}.
    </p>
  )
}
