import type { AppInfo, DatabaseRecovery } from '../../shared/contract/app'
import type { Handlers } from '../ipc/dispatch'

export interface AppHandlerContext {
  info: Omit<AppInfo, 'recovery'>
  recovery: { current: DatabaseRecovery | null }
}

export function createAppHandlers(ctx: AppHandlerContext) {
  return {
    'app:info': () => ({ ...ctx.info, recovery: ctx.recovery.current }),
    'app:dismissRecoveryNotice': () => {
      ctx.recovery.current = null
      return null
    },
  } satisfies Partial<Handlers>
}
