import { z } from 'zod'
import { channel } from './channel'

/** How far an import or export has got: records checked, then written. */
export interface TransferProgress {
  phase: 'reading' | 'checking' | 'writing' | 'exporting'
  done: number
  total: number
}

/** An import or export under way (they run one at a time, off main's thread). */
export interface TransferStatus {
  running: boolean
  kind: 'export' | 'preview' | 'commit' | null
  progress: TransferProgress | null
  cancelling: boolean
}

/** Progress and cancel for the file transfers of `log:export`, `log:previewImport` and `log:commitImport`. */
export const transferChannels = {
  'log:transferStatus': channel<TransferStatus>()(z.undefined()),
  /** Stops the transfer under way; an import stopped this way writes nothing. False if none ran. */
  'log:cancelTransfer': channel<boolean>()(z.undefined()),
}
