import { useId, useState } from 'react'
import { CUE_ACTION_ID, CUE_TRIGGER_ID } from '../../../electron/shared/reminders/cue-text'
import {
  PRACTICE_SHORTCUTS,
  practiceShortcutTitle,
} from '../../../electron/shared/reminders/practice-shortcuts'
import {
  CUE_ACTIONS,
  CUE_AWAY_MIN,
  CUE_TRIGGERS,
  CUES_MAX,
  type CueSetting,
} from '../../../electron/shared/settings/reminders'
import type { SaveProps } from './ReminderSettingsForm'
import { useT } from '../i18n/i18n-context'
import { DisclosureForm } from './DisclosureForm'
import { refusalText } from './refusal-text'
import { SaveStatus } from './SaveStatus'
import { onEnter, useAutosave } from './use-autosave'
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
  const text = useT()
  const { t } = text
  const id = useId()
  const [list, setList] = useState(settings.remindersCues)
  const { message, commit } = useAutosave(save, (error) => {
    const index = /^remindersCues\.(\d+)/.exec(error.field ?? '')?.[1]
    const where =
      index === undefined ? undefined : t('reminders.cues.legend', { number: Number(index) + 1 })
    return refusalText(error, t, where)
  })
  /** Shows a change; `keep` sends it too (a number waits until the person leaves its field). */
  function update(next: CueSetting[], keep = true) {
    setList(next)
    if (keep) void commit({ remindersCues: next })
  }
  const change = (i: number, patch: Partial<CueSetting>, keep = true) =>
    update(
      list.map((c, j) => (j === i ? { ...c, ...patch } : c)),
      keep,
    )
  const saveNumbers = () => {
    if (JSON.stringify(list) !== JSON.stringify(settings.remindersCues)) update(list)
  }

  return (
    <DisclosureForm id={id} title={t('reminders.cues.title')}>
      <p className={styles['reminders-hint']}>{t('reminders.cues.hint')}</p>
      {list.length === 0 ? <p>{t('reminders.cues.none')}</p> : null}
      {list.map((c, i) => (
        <fieldset key={c.id} className={styles['reminders-daily']}>
          <legend>{t('reminders.cues.legend', { number: i + 1 })}</legend>
          <label>
            {t('reminders.cues.after')}{' '}
            <select
              value={c.trigger}
              onChange={(e) =>
                change(i, { trigger: CUE_TRIGGERS.find((x) => x === e.target.value) ?? c.trigger })
              }
            >
              {CUE_TRIGGERS.map((trigger) => (
                <option key={trigger} value={trigger}>
                  {t(CUE_TRIGGER_ID[trigger])}
                </option>
              ))}
            </select>
          </label>
          {c.trigger === 'back' ? (
            <label>
              {t('reminders.cues.awayAtLeast', { min: CUE_AWAY_MIN.min, max: CUE_AWAY_MIN.max })}{' '}
              <input
                type="number"
                inputMode="numeric"
                value={c.awayMin}
                onChange={(e) => change(i, { awayMin: Number(e.target.value) }, false)}
                onBlur={saveNumbers}
                onKeyDown={onEnter(saveNumbers)}
              />
            </label>
          ) : null}
          <label>
            {t('reminders.cues.offerMe')}{' '}
            <select
              value={c.action}
              onChange={(e) =>
                change(i, { action: CUE_ACTIONS.find((a) => a === e.target.value) ?? c.action })
              }
            >
              {CUE_ACTIONS.map((a) => (
                <option key={a} value={a}>
                  {t(CUE_ACTION_ID[a])}
                </option>
              ))}
            </select>
          </label>
          {c.action === 'practice' ? (
            <label>
              {t('reminders.cues.which')}{' '}
              <select
                value={c.practiceId ?? ''}
                onChange={(e) =>
                  change(i, { practiceId: e.target.value === '' ? null : e.target.value })
                }
              >
                <option value="">{t('reminders.cues.practiceList')}</option>
                {PRACTICE_SHORTCUTS.map((p) => (
                  <option key={p.id} value={p.id}>
                    {practiceShortcutTitle(p, text.plain)}
                  </option>
                ))}
              </select>
            </label>
          ) : null}
          <button type="button" onClick={() => update(list.filter((_, j) => j !== i))}>
            {t('reminders.cues.remove', { number: i + 1 })}
          </button>
        </fieldset>
      ))}
      <div className={styles['reminders-actions']}>
        <button
          type="button"
          disabled={list.length >= CUES_MAX}
          onClick={() => update([...list, newCue()])}
        >
          {t('reminders.cues.add')}
        </button>
      </div>
      <SaveStatus message={message} />
    </DisclosureForm>
  )
}
