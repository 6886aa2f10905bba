import type { z } from 'zod'
import type { ApiError } from '../../shared/result'

function pathText(path: readonly PropertyKey[]): string {
  return path.map((part) => String(part)).join('.')
}

/** The first problem in a rejected payload, naming the field so a form can point at it. */
export function describeInvalidInput(error: z.ZodError): ApiError {
  const issue = error.issues[0]
  if (!issue) return { code: 'invalid_input', message: 'The request was not understood.' }
  if (issue.code === 'unrecognized_keys') {
    const key = issue.keys[0] ?? ''
    const field = pathText([...issue.path, key])
    return {
      code: 'invalid_input',
      message: `"${field}" is not something Loosen knows about.`,
      field,
    }
  }
  const field = pathText(issue.path)
  if (field === '') return { code: 'invalid_input', message: issue.message }
  return { code: 'invalid_input', message: `${field}: ${issue.message}`, field }
}
