import type { LoosenEvent } from '../../../electron/shared/contract/events'
import { createManualWorld, type ManualWorld } from '../../../electron/main/reminders/manual-world'
import { createMainServices, type MainServices } from '../../../electron/main/services'

export const MIN = 60_000

/** The real services on a temp folder, with a hand-moved clock and a manual reminder world. */
export function openHost(folder: string, start: number) {
  const clock = { t: start }
  const world: ManualWorld = createManualWorld('UTC')
  const events: LoosenEvent[] = []
  const services: MainServices = createMainServices({
    dataFolder: folder,
    appVersion: 'test',
    platform: 'linux',
    now: () => clock.t,
    emit: (event) => events.push(event),
    log: {
      error: (message, error) => {
        throw new Error(`${message}: ${String(error)}`)
      },
    },
    reminders: world,
  })
  /** Lets `ms` pass with the computer awake: the reminder timers fire on the way. */
  const advance = (ms: number) =>
    world.scheduler.runUntil(
      clock.t + ms,
      (t) => (clock.t = t),
      () => clock.t,
    )
  const call = async <T>(channel: string, payload?: unknown): Promise<T> => {
    const result = await services.dispatch(channel, payload)
    if (!result.ok) throw new Error(`${channel}: ${result.error.message}`)
    return result.value as T
  }
  return { clock, world, events, services, advance, call }
}

export type Host = ReturnType<typeof openHost>
