import { useId, useState } from 'react'
import { CUE_ACTION_LABEL, CUE_TRIGGER_LABEL } from '../../../electron/shared/reminders/cue-text'
import { PRACTICE_SHORTCUTS } from '../../../electron/shared/reminders/practice-shortcuts'
import {
  CUE_ACTIONS,
  CUE_AWAY_MIN,
  CUE_TRIGGERS,
  CUES_MAX,
  type CueSetting,
} from '../../../electron/shared/settings/reminders'
import type { SaveProps } from './ReminderSettingsForm'
import { DisclosureForm } from './DisclosureForm'
import { refusalText } from './refusal-text'
import styles from './reminders.module.css'

function newCue(): CueSetting {
  return {
    id: crypto.randomUUID(),
    trigger: 'call-end',
    awayMin: 30,
    action: 'movement',
    practiceId: null,
  }
}

/**
 * "After X, I do Y" plans. Tying a small habit to something that already happens in the day
 * tends to make it stick better than a timer alone; Loosen offers the plan when X happens, at
 * most one plan per event, never during a quiet time, and never insists.
 */
export function CuesEditor({ settings, save }: SaveProps) {
  const id = useId()
  const [list, setList] = useState(settings.remindersCues)
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null)
  const change = (i: number, patch: Partial<CueSetting>) =>
    setList(list.map((c, j) => (j === i ? { ...c, ...patch } : c)))

  async function submit() {
    const error = await save({ remindersCues: list })
    if (!error) {
      setMessage({ error: false, text: 'Saved.' })
      return
    }
    const index = /^remindersCues\.(\d+)/.exec(error.field ?? '')?.[1]
    const where = index === undefined ? undefined : `Plan ${String(Number(index) + 1)}`
    setMessage({ error: true, text: refusalText(error, where) })
  }

  return (
    <DisclosureForm id={id} title="Plans: after …, I …" onSubmit={() => void submit()}>
      <p className={styles['reminders-hint']}>
        Tie a small habit to something that already happens in your day, for example &ldquo;after a
        call ends, I stand and do two hip openers&rdquo;. Loosen offers it when that happens: one
        plan per event (the first that matches, in this order), the same plan at most every 30
        minutes, never during a quiet time, and you can always let it pass.
      </p>
      {list.length === 0 ? <p>No plans yet.</p> : null}
      {list.map((c, i) => (
        <fieldset key={c.id} className={styles['reminders-daily']}>
          <legend>Plan {i + 1}</legend>
          <label>
            After{' '}
            <select
              value={c.trigger}
              onChange={(e) =>
                change(i, { trigger: CUE_TRIGGERS.find((t) => t === e.target.value) ?? c.trigger })
              }
            >
              {CUE_TRIGGERS.map((t) => (
                <option key={t} value={t}>
                  {CUE_TRIGGER_LABEL[t]}
                </option>
              ))}
            </select>
          </label>
          {c.trigger === 'back' ? (
            <label>
              Away at least (minutes, {CUE_AWAY_MIN.min}–{CUE_AWAY_MIN.max}){' '}
              <input
                type="number"
                inputMode="numeric"
                value={c.awayMin}
                onChange={(e) => change(i, { awayMin: Number(e.target.value) })}
              />
            </label>
          ) : null}
          <label>
            Offer me{' '}
            <select
              value={c.action}
              onChange={(e) =>
                change(i, { action: CUE_ACTIONS.find((a) => a === e.target.value) ?? c.action })
              }
            >
              {CUE_ACTIONS.map((a) => (
                <option key={a} value={a}>
                  {CUE_ACTION_LABEL[a]}
                </option>
              ))}
            </select>
          </label>
          {c.action === 'practice' ? (
            <label>
              Which{' '}
              <select
                value={c.practiceId ?? ''}
                onChange={(e) =>
                  change(i, { practiceId: e.target.value === '' ? null : e.target.value })
                }
              >
                <option value="">The practice list</option>
                {PRACTICE_SHORTCUTS.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.title}
                  </option>
                ))}
              </select>
            </label>
          ) : null}
          <button type="button" onClick={() => setList(list.filter((_, j) => j !== i))}>
            Remove plan {i + 1}
          </button>
        </fieldset>
      ))}
      <div className={styles['reminders-actions']}>
        <button
          type="button"
          disabled={list.length >= CUES_MAX}
          onClick={() => setList([...list, newCue()])}
        >
          Add a plan
        </button>
        <button type="submit" className="primary">
          Save plans
        </button>
      </div>
      <p className={message?.error ? 'form-error' : 'form-status'} role="status">
        {message?.text ?? ''}
      </p>
    </DisclosureForm>
  )
}
