import type { Checkin } from '../../../../electron/shared/contract/checkins'
import { globalChangeLabelKey } from '../../../../electron/shared/checkins/global-change'
import type { MessageKey } from '../../../../electron/shared/i18n/message-key'
import { useT } from '../../i18n/i18n-context'
import { useReportFormat } from '../format'
import { PegTableHead } from '../PegTableHead'
import styles from '../report.module.css'

const WIDTH = 640
const HEIGHT = 170
const PAD = { left: 28, right: 8, top: 8, bottom: 20 }

/** How each series is drawn: told apart by dash and marker, so it prints in black and white. */
const SERIES: readonly {
  name: MessageKey
  pick: (c: Checkin) => number
  width: number
  dash: string | undefined
}[] = [
  { name: 'report.peg.score', pick: (c) => c.score ?? 0, width: 1.8, dash: undefined },
  { name: 'report.peg.pain', pick: (c) => c.answers[0] ?? 0, width: 0.8, dash: '5 3' },
  { name: 'report.peg.enjoyment', pick: (c) => c.answers[1] ?? 0, width: 0.8, dash: '1.5 2' },
  { name: 'report.peg.activity', pick: (c) => c.answers[2] ?? 0, width: 0.8, dash: '8 2 1.5 2' },
]

function PegChart({ pegs, from, to }: { pegs: readonly Checkin[]; from: number; to: number }) {
  const { t } = useT()
  const format = useReportFormat()
  const x = (at: number) => PAD.left + ((at - from) / (to - from)) * (WIDTH - PAD.left - PAD.right)
  const y = (v: number) => PAD.top + (1 - v / 10) * (HEIGHT - PAD.top - PAD.bottom)
  return (
    <svg
      viewBox={`0 0 ${String(WIDTH)} ${String(HEIGHT + 14)}`}
      role="img"
      aria-label={t('report.detail.peg.chart')}
    >
      {[0, 5, 10].map((tick) => (
        <g key={tick}>
          <line
            x1={PAD.left}
            x2={WIDTH - PAD.right}
            y1={y(tick)}
            y2={y(tick)}
            stroke="#999"
            strokeWidth="0.5"
            strokeDasharray="2 2"
          />
          <text x={PAD.left - 4} y={y(tick) + 3} textAnchor="end" fontSize="9">
            {format.whole(tick)}
          </text>
        </g>
      ))}
      {[from, to - 1].map((at, i) => (
        <text key={at} x={x(at)} y={HEIGHT - 6} textAnchor={i ? 'end' : 'start'} fontSize="9">
          {format.shortDay(at)}
        </text>
      ))}
      {SERIES.map((s) => (
        <path
          key={s.name}
          d={pegs
            .map((c, i) => `${i ? 'L' : 'M'}${x(c.takenAt).toFixed(1)},${y(s.pick(c)).toFixed(1)}`)
            .join(' ')}
          fill="none"
          stroke="#000"
          strokeWidth={s.width}
          strokeDasharray={s.dash}
        />
      ))}
      {pegs.map((c) => (
        <circle key={c.id} cx={x(c.takenAt)} cy={y(c.score ?? 0)} r="2.2" fill="#000" />
      ))}
      {SERIES.map((s, i) => (
        <g
          key={s.name}
          transform={`translate(${String(PAD.left + i * 120)}, ${String(HEIGHT + 8)})`}
        >
          <line
            x1="0"
            x2="24"
            y1="0"
            y2="0"
            stroke="#000"
            strokeWidth={s.width}
            strokeDasharray={s.dash}
          />
          <text x="28" y="3" fontSize="9">
            {t(s.name)}
          </text>
        </g>
      ))}
    </svg>
  )
}

/** Every PEG answer of the period (chart and table) and every overall-change answer. */
export function CheckinsDetail({
  checkins,
  from,
  to,
}: {
  checkins: readonly Checkin[]
  from: number
  to: number
}) {
  const { t } = useT()
  const format = useReportFormat()
  const pegs = checkins.filter((c) => c.instrument === 'peg' && c.status === 'answered')
  const changes = checkins.filter(
    (c) => c.instrument === 'global-change' && c.status === 'answered',
  )
  return (
    <section aria-labelledby="detail-peg">
      <h2 id="detail-peg">{t('report.detail.peg.heading')}</h2>
      {pegs.length === 0 ? (
        <p>{t('report.peg.none')}</p>
      ) : (
        <>
          {pegs.length > 1 ? <PegChart pegs={pegs} from={from} to={to} /> : null}
          <table aria-label={t('report.detail.peg.table')}>
            <PegTableHead />
            <tbody>
              {pegs.map((c) => (
                <tr key={c.id}>
                  <td>{format.shortDay(c.takenAt)}</td>
                  {c.answers.map((a, i) => (
                    <td key={i} className={styles['num']}>
                      {format.whole(a)}
                    </td>
                  ))}
                  <td className={styles['num']}>{format.oneDecimal(c.score ?? 0)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className={styles['small']}>{t('report.detail.peg.note')}</p>
        </>
      )}
      <h2>{t('report.detail.overall.heading')}</h2>
      {changes.length === 0 ? (
        <p>{t('report.overall.none')}</p>
      ) : (
        <ul className={styles['factors']}>
          {changes.map((c) => (
            <li key={c.id}>
              {t('report.detail.overall.item', {
                date: format.shortDay(c.takenAt),
                answer: t(globalChangeLabelKey(c.score ?? 0)),
              })}
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
