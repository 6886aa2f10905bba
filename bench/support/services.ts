import { createMainServices, type MainServices } from '../../electron/main/services'

/** The app's main-side services on a data folder, with a real clock and nobody listening. */
export function benchServices(dataFolder: string, now: () => number = Date.now): MainServices {
  return createMainServices({
    dataFolder,
    appVersion: 'bench',
    platform: process.platform,
    now,
    emit: () => undefined,
    log: { error: () => undefined },
  })
}
