import { z } from 'zod'
import { channel } from './channel'

export interface DatabaseRecovery {
  /** Where the unreadable database file was moved; it is never deleted. */
  movedTo: string
  reason: string
}

export interface AppInfo {
  version: string
  dataFolder: string
  databaseFile: string
  platform: string
  recovery: DatabaseRecovery | null
}

export const appChannels = {
  'app:info': channel<AppInfo>()(z.undefined()),
  'app:dismissRecoveryNotice': channel<null>()(z.undefined()),
}
