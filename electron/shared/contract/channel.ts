import type { z } from 'zod'

/**
 * One IPC channel: the zod schema main uses to validate the request, and the response type
 * carried only at the type level (main builds the response itself, so it is trusted).
 */
export interface ChannelSpec<Request extends z.ZodType, Response> {
  readonly request: Request
  readonly response?: Response
}

export function channel<Response>() {
  return <Request extends z.ZodType>(request: Request): ChannelSpec<Request, Response> => ({
    request,
  })
}
