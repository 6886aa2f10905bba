import type { PracticeScript } from '../../../electron/shared/practice/script-schema'
import { resonancePattern } from '../../../electron/shared/practice/timeline'
import { formatLength } from './format'
import type { SessionChoice } from './session-plan'
import { cx } from '../styles/cx'
import styles from './practice.module.css'

interface ScriptOptionsProps {
  script: PracticeScript
  choice: SessionChoice
  onChange: (choice: SessionChoice) => void
}

function ratioLabel(ratio: number): string {
  return ratio === 1 ? 'Even (1 : 1)' : `Longer out-breath (1 : ${ratio})`
}

/** "in 4 s, out 6 s": what the pacer will do at the chosen rate and ratio. */
function breathLabel(perMin: number, ratio: number): string {
  const { inhale, exhale } = resonancePattern(perMin, ratio)
  const s = (seconds: number) => `${String(Math.round(seconds * 10) / 10)} s`
  return `One breath: in ${s(inhale)}, out ${s(exhale)}.`
}

/** Length, position and (for resonance breathing) rate and ratio. */
export function ScriptOptions({ script, choice, onChange }: ScriptOptionsProps) {
  const adjustable = script.adjustableBreath
  const perMin = choice.breathsPerMin ?? adjustable?.defaultPerMin ?? 6
  const ratio = choice.exhaleRatio ?? adjustable?.defaultExhaleRatio ?? 1
  return (
    <>
      {script.lengthsMin.length > 1 ? (
        <fieldset className={cx(styles['practice-options'], styles['choice-row'])}>
          <legend>Length</legend>
          {script.lengthsMin.map((minutes) => (
            <label key={minutes} className={styles['chip']}>
              <input
                type="radio"
                name="length"
                checked={choice.lengthMin === minutes}
                onChange={() => onChange({ ...choice, lengthMin: minutes })}
              />
              {formatLength(minutes)}
            </label>
          ))}
        </fieldset>
      ) : null}
      {script.positions ? (
        <fieldset className={styles['practice-options']}>
          <legend>Position</legend>
          {script.positions.map((position) => (
            <label key={position.id} className={styles['position-choice']}>
              <input
                type="radio"
                name="position"
                checked={choice.positionId === position.id}
                onChange={() => onChange({ ...choice, positionId: position.id })}
              />
              <span>
                <strong>{position.label}</strong>
                <span className={styles['hint']}> {position.howTo}</span>
              </span>
            </label>
          ))}
        </fieldset>
      ) : null}
      {adjustable ? (
        <fieldset className={styles['practice-options']}>
          <legend>Pace</legend>
          <label className={styles['range']}>
            Breaths per minute: <strong>{perMin}</strong>
            <input
              type="range"
              min={adjustable.minPerMin}
              max={adjustable.maxPerMin}
              step={0.5}
              value={perMin}
              onChange={(event) =>
                onChange({ ...choice, breathsPerMin: Number(event.target.value) })
              }
            />
          </label>
          <label className="field">
            In-breath to out-breath
            <select
              value={ratio}
              onChange={(event) => onChange({ ...choice, exhaleRatio: Number(event.target.value) })}
            >
              {adjustable.exhaleRatios.map((ratio) => (
                <option key={ratio} value={ratio}>
                  {ratioLabel(ratio)}
                </option>
              ))}
            </select>
          </label>
          <p className="breath-timing" aria-live="polite">
            {breathLabel(perMin, ratio)}
          </p>
          <p className={styles['hint']}>
            The pace that feels easiest differs from person to person; most adults find it between
            about 4.5 and 6.5 breaths a minute.{' '}
            <a href="#/practice/resonance-finder">Find yours with the rate finder</a> (10 minutes,
            by comfort, not a heart measurement).
          </p>
        </fieldset>
      ) : null}
    </>
  )
}
