import styles from './checkins.module.css'

/** What every check-in form ends with: the refusal, if any, then Save and "Not now". */
export function CheckinFormFooter({
  error,
  busy,
  onCancel,
}: {
  error: string | null
  busy: boolean
  onCancel: () => void
}) {
  return (
    <>
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
      <div className={styles['actions']}>
        <button type="submit" disabled={busy}>
          Save check-in
        </button>
        <button type="button" onClick={onCancel}>
          Not now
        </button>
      </div>
    </>
  )
}
