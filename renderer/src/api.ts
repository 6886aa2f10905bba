import type { LoosenApi } from '../../electron/shared/contract'
import type { Result } from '../../electron/shared/result'

declare global {
  interface Window {
    /** Exposed by the preload (or the browser test harness); the renderer's only way out. */
    readonly loosen: LoosenApi
  }
}

export function api(): LoosenApi {
  return window.loosen
}

export type { Result }
