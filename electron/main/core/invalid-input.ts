import type { z } from 'zod'
import type { ApiError } from '../../shared/result'
import { messagePhrase, phrase, say } from '../../shared/text/phrase'

function pathText(path: readonly PropertyKey[]): string {
  return path.map((part) => String(part)).join('.')
}

/**
 * The first problem in a rejected payload, naming the field so a form can point at it. Zod
 * messages in Loosen's schemas are message ids, said by the dispatcher in the person's language.
 */
export function describeInvalidInput(error: z.ZodError): ApiError {
  const issue = error.issues[0]
  const refusal = (said: ReturnType<typeof phrase>, field?: string): ApiError => {
    const out: ApiError = { code: 'invalid_input', message: say(said), phrase: said }
    if (field !== undefined) out.field = field
    return out
  }
  if (!issue) return refusal(phrase('main.ipc.notUnderstood'))
  if (issue.code === 'unrecognized_keys') {
    const key = issue.keys[0] ?? ''
    const field = pathText([...issue.path, key])
    return refusal(phrase('main.ipc.unknownField', { field }), field)
  }
  const field = pathText(issue.path)
  if (field === '') return refusal(messagePhrase(issue.message))
  return refusal(
    phrase('main.ipc.fieldProblem', { field, problem: messagePhrase(issue.message) }),
    field,
  )
}
