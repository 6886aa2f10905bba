import type { SaveMessage } from './use-autosave'

/** The form's quiet confirmation or its refusal, read out politely when it changes. */
export function SaveStatus({ id, message }: { id?: string; message: SaveMessage | null }) {
  return (
    <p id={id} className={message?.error ? 'form-error' : 'form-status'} role="status">
      {message?.text ?? ''}
    </p>
  )
}
