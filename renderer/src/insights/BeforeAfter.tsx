import { useT } from '../i18n/i18n-context'
import { useInsightsFormat } from './format'
import styles from './insights.module.css'

const WIDTH = 200
const PAD = 8

function x(value: number): number {
  return PAD + (value / 10) * (WIDTH - 2 * PAD)
}

/**
 * A practice's average self-rating before and after, as two dots on the 0–10 scale joined by
 * an arrow: how far apart they sit, at a glance. It is named for screen readers; the table
 * beside it has the same numbers.
 */
export function BeforeAfter({ before, after }: { before: number; after: number }) {
  const t = useT()
  const format = useInsightsFormat()
  const label = t.t('insights.practice.beforeAfterLabel', {
    before: format.number(before),
    after: format.number(after),
  })
  const from = x(before)
  const to = x(after)
  const direction = to < from ? -1 : 1
  return (
    <svg
      className={styles['before-after']}
      viewBox={`0 0 ${String(WIDTH)} 28`}
      role="img"
      aria-label={label}
      data-before={before}
      data-after={after}
    >
      <line className={styles['ba-track']} x1={PAD} x2={WIDTH - PAD} y1={14} y2={14} />
      {Math.abs(to - from) > 10 ? (
        <path
          className={styles['ba-arrow']}
          d={`M ${String(from)} 14 L ${String(to - direction * 7)} 14 M ${String(to - direction * 7)} 10 L ${String(to - direction * 2)} 14 L ${String(to - direction * 7)} 18`}
        />
      ) : null}
      <circle className={styles['ba-before']} cx={from} cy={14} r={6} />
      <circle className={styles['ba-after']} cx={to} cy={14} r={6} />
    </svg>
  )
}
