import type { ReactNode } from 'react'
import type { PracticeScript } from '../../../electron/shared/practice/script-schema'
import { resonancePattern } from '../../../electron/shared/practice/timeline'
import { useT, useRich } from '../i18n/i18n-context'
import { formatLength, type Translate } from './format'
import type { SessionChoice } from './session-plan'
import { cx } from '../styles/cx'
import styles from './practice.module.css'

interface ScriptOptionsProps {
  script: PracticeScript
  choice: SessionChoice
  onChange: (choice: SessionChoice) => void
}

function ratioLabel(t: Translate, ratio: number): string {
  return ratio === 1
    ? t('practice.options.ratioEven')
    : t('practice.options.ratioLonger', { ratio })
}

/** "in 4 s, out 6 s": what the pacer will do at the chosen rate and ratio. */
function breathLabel(t: Translate, perMin: number, ratio: number): string {
  const { inhale, exhale } = resonancePattern(perMin, ratio)
  const tenth = (seconds: number) => Math.round(seconds * 10) / 10
  return t('practice.options.oneBreath', { inhale: tenth(inhale), exhale: tenth(exhale) })
}

/** Length, position and (for resonance breathing) rate and ratio. */
export function ScriptOptions({ script, choice, onChange }: ScriptOptionsProps) {
  const adjustable = script.adjustableBreath
  const { t } = useT()
  const rich = useRich()
  const perMin = choice.breathsPerMin ?? adjustable?.defaultPerMin ?? 6
  const ratio = choice.exhaleRatio ?? adjustable?.defaultExhaleRatio ?? 1
  return (
    <>
      {script.lengthsMin.length > 1 ? (
        <fieldset className={cx(styles['practice-options'], styles['choice-row'])}>
          <legend>{t('practice.options.length')}</legend>
          {script.lengthsMin.map((minutes) => (
            <label key={minutes} className={styles['chip']}>
              <input
                type="radio"
                name="length"
                checked={choice.lengthMin === minutes}
                onChange={() => onChange({ ...choice, lengthMin: minutes })}
              />
              {formatLength(t, minutes)}
            </label>
          ))}
        </fieldset>
      ) : null}
      {script.positions ? (
        <fieldset className={styles['practice-options']}>
          <legend>{t('practice.options.position')}</legend>
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
          <legend>{t('practice.options.pace')}</legend>
          <label className={styles['range']}>
            {rich('practice.options.perMinute', {
              perMin,
              strong: (chunks: ReactNode[]) => <strong>{chunks}</strong>,
            })}
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
            {t('practice.options.ratio')}
            <select
              value={ratio}
              onChange={(event) => onChange({ ...choice, exhaleRatio: Number(event.target.value) })}
            >
              {adjustable.exhaleRatios.map((ratio) => (
                <option key={ratio} value={ratio}>
                  {ratioLabel(t, ratio)}
                </option>
              ))}
            </select>
          </label>
          <p className="breath-timing" aria-live="polite">
            {breathLabel(t, perMin, ratio)}
          </p>
          <p className={styles['hint']}>
            {rich('practice.options.paceHint', {
              finder: (chunks: ReactNode[]) => <a href="#/practice/resonance-finder">{chunks}</a>,
            })}
          </p>
        </fieldset>
      ) : null}
    </>
  )
}
