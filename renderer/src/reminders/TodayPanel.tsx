import type {
  BreakEvent,
  DaySummary,
  TodayReport,
} from '../../../electron/shared/contract/reminders'
import { countsAsBreak } from '../../../electron/shared/reminders/break-rules'
import type { MessageKey } from '../../../electron/shared/i18n/message-key'
import type { Translator } from '../../../electron/shared/i18n/translator'
import { useT } from '../i18n/i18n-context'
import { clockTime, minutesText } from './format'
import { PromptPanel } from './PromptPanel'
import { cx } from '../styles/cx'
import styles from './reminders.module.css'

const KIND_LABEL: Record<BreakEvent['kind'], MessageKey> = {
  taken: 'reminders.break.taken',
  natural: 'reminders.break.natural',
  skipped: 'reminders.break.skipped',
  snoozed: 'reminders.break.snoozed',
  'not-taken': 'reminders.break.notTaken',
  prompt: 'reminders.break.prompt',
}

function describeBreak(b: BreakEvent, text: Translator): string {
  if (b.kind !== 'natural') return text.t(KIND_LABEL[b.kind])
  const duration = minutesText(b.durationMs, text)
  return countsAsBreak(b)
    ? text.t('reminders.break.naturalLength', { duration })
    : text.t('reminders.break.tooLong', { duration })
}

export function TodayPanel({ today }: { today: TodayReport }) {
  return (
    <>
      <TodaySection today={today} />
      <PromptPanel report={today.prompts} />
    </>
  )
}

function TodaySection({ today }: { today: TodayReport }) {
  const text = useT()
  const { t, locale } = text
  const time = (epochMs: number) => clockTime(epochMs, locale.format)
  const spans = new Intl.ListFormat(locale.format, { type: 'unit', style: 'short' })
  const length = today.dayEnd - today.dayStart
  const pct = (t: number) => `${(((t - today.dayStart) / length) * 100).toFixed(2)}%`
  return (
    <section aria-labelledby="reminders-today">
      <h2 id="reminders-today">{t('reminders.today.heading')}</h2>
      <dl className={styles['reminders-figures']}>
        <div>
          <dt>{t('reminders.today.sitting')}</dt>
          <dd>{minutesText(today.sittingMs, text)}</dd>
        </div>
        <div>
          <dt>{t('reminders.today.longest')}</dt>
          <dd>{minutesText(today.longestSittingMs, text)}</dd>
        </div>
        <div>
          <dt>{t('reminders.today.breaksTaken')}</dt>
          <dd>{today.taken + today.natural}</dd>
        </div>
        <div>
          <dt>{t('reminders.today.skipped')}</dt>
          <dd>{today.skipped}</dd>
        </div>
        {today.notTaken > 0 ? (
          <div>
            <dt>{t('reminders.today.notTaken')}</dt>
            <dd>{today.notTaken}</dd>
          </div>
        ) : null}
      </dl>
      {today.spans.length === 0 ? (
        <p className={styles['reminders-hint']}>{t('reminders.today.noSitting')}</p>
      ) : (
        <div
          className={styles['reminders-timeline']}
          role="img"
          aria-label={t('reminders.today.timeline', {
            spans: spans.format(
              today.spans.map((s) =>
                t('reminders.today.timelineSpan', {
                  start: time(s.startedAt),
                  end: time(s.endedAt),
                }),
              ),
            ),
          })}
        >
          {today.spans.map((s) => (
            <span
              key={s.startedAt}
              className={cx(styles['reminders-span'], s.open && styles['open'])}
              style={{
                left: pct(s.startedAt),
                width: pct(today.dayStart + s.endedAt - s.startedAt),
              }}
            />
          ))}
          {today.breaks.map((b) => (
            <span
              key={b.id}
              className={cx(styles['reminders-mark'], styles[b.kind])}
              style={{ left: pct(b.occurredAt) }}
            />
          ))}
        </div>
      )}
      <div className={styles['reminders-scale']} aria-hidden="true">
        <span>00:00</span>
        <span>06:00</span>
        <span>12:00</span>
        <span>18:00</span>
        <span>24:00</span>
      </div>
      {today.breaks.length > 0 ? (
        <ul className={styles['reminders-breaks']}>
          {today.breaks.map((b) => (
            <li key={b.id}>
              {b.sittingBeforeMs > 0
                ? t('reminders.today.breakLineAfter', {
                    time: time(b.occurredAt),
                    what: describeBreak(b, text),
                    duration: minutesText(b.sittingBeforeMs, text),
                  })
                : t('reminders.today.breakLine', {
                    time: time(b.occurredAt),
                    what: describeBreak(b, text),
                  })}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  )
}

function isEmpty(d: DaySummary): boolean {
  return d.sittingMs === 0 && d.taken + d.natural + d.skipped + d.snoozed === 0
}

const dayFormat = (format: string) =>
  new Intl.DateTimeFormat(format, { weekday: 'short', day: 'numeric', month: 'short' })

/**
 * Days with records stand alone; days in a row without any share one row ("Mon 23 – Wed 25 Nov:
 * nothing recorded"), so a quiet stretch reads as one fact rather than a wall of repeats.
 */
function runs(week: DaySummary[]): DaySummary[][] {
  const out: DaySummary[][] = []
  for (const day of week) {
    const previous = out[out.length - 1]
    const last = previous?.[previous.length - 1]
    if (previous && last && isEmpty(last) && isEmpty(day)) previous.push(day)
    else out.push([day])
  }
  return out
}

export function WeekSummary({ week }: { week: DaySummary[] }) {
  const text = useT()
  const { t, locale } = text
  return (
    <section aria-labelledby="reminders-week">
      <h2 id="reminders-week">{t('reminders.week.heading')}</h2>
      {week.every(isEmpty) ? (
        <p className={styles['reminders-hint']}>{t('reminders.week.none')}</p>
      ) : (
        <table className={styles['reminders-week']}>
          <thead>
            <tr>
              <th scope="col">{t('reminders.week.day')}</th>
              <th scope="col">{t('reminders.week.sitting')}</th>
              <th scope="col">{t('reminders.week.longest')}</th>
              <th scope="col">{t('reminders.week.breaks')}</th>
              <th scope="col">{t('reminders.week.skipped')}</th>
            </tr>
          </thead>
          <tbody>
            {runs(week).map((run) => {
              const first = run[0]
              const last = run[run.length - 1]
              if (!first || !last) return null
              return (
                <tr key={first.date}>
                  <th scope="row">
                    {run.length === 1
                      ? dayFormat(locale.format).format(first.dayStart)
                      : dayFormat(locale.format).formatRange(first.dayStart, last.dayStart)}
                  </th>
                  {isEmpty(first) ? (
                    <td colSpan={4} className={styles['reminders-week-none']}>
                      {t('reminders.week.nothing')}
                    </td>
                  ) : (
                    <>
                      <td>{minutesText(first.sittingMs, text)}</td>
                      <td>{minutesText(first.longestSittingMs, text)}</td>
                      <td>{first.taken + first.natural}</td>
                      <td>{first.skipped}</td>
                    </>
                  )}
                </tr>
              )
            })}
          </tbody>
        </table>
      )}
    </section>
  )
}
