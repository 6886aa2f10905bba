import type { Checkin } from '../../../../electron/shared/contract/checkins'
import { globalChangeLabel } from '../../../../electron/shared/checkins/global-change'
import { oneDecimal, shortDay } from '../format'
import styles from '../report.module.css'

const WIDTH = 640
const HEIGHT = 170
const PAD = { left: 28, right: 8, top: 8, bottom: 20 }

/** How each series is drawn: told apart by dash and marker, so it prints in black and white. */
const SERIES = [
  { name: 'PEG score', pick: (c: Checkin) => c.score ?? 0, width: 1.8, dash: undefined },
  { name: 'Pain', pick: (c: Checkin) => c.answers[0] ?? 0, width: 0.8, dash: '5 3' },
  { name: 'Enjoyment', pick: (c: Checkin) => c.answers[1] ?? 0, width: 0.8, dash: '1.5 2' },
  { name: 'Activity', pick: (c: Checkin) => c.answers[2] ?? 0, width: 0.8, dash: '8 2 1.5 2' },
] as const

function PegChart({ pegs, from, to }: { pegs: readonly Checkin[]; from: number; to: number }) {
  const x = (at: number) => PAD.left + ((at - from) / (to - from)) * (WIDTH - PAD.left - PAD.right)
  const y = (v: number) => PAD.top + (1 - v / 10) * (HEIGHT - PAD.top - PAD.bottom)
  return (
    <svg
      viewBox={`0 0 ${String(WIDTH)} ${String(HEIGHT + 14)}`}
      role="img"
      aria-label="PEG score and its three items over the period, 0 to 10"
    >
      {[0, 5, 10].map((t) => (
        <g key={t}>
          <line
            x1={PAD.left}
            x2={WIDTH - PAD.right}
            y1={y(t)}
            y2={y(t)}
            stroke="#999"
            strokeWidth="0.5"
            strokeDasharray="2 2"
          />
          <text x={PAD.left - 4} y={y(t) + 3} textAnchor="end" fontSize="9">
            {t}
          </text>
        </g>
      ))}
      {[from, to - 1].map((at, i) => (
        <text key={at} x={x(at)} y={HEIGHT - 6} textAnchor={i ? 'end' : 'start'} fontSize="9">
          {shortDay(at)}
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
            {s.name}
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
  const pegs = checkins.filter((c) => c.instrument === 'peg' && c.status === 'answered')
  const changes = checkins.filter(
    (c) => c.instrument === 'global-change' && c.status === 'answered',
  )
  return (
    <section aria-labelledby="detail-peg">
      <h2 id="detail-peg">PEG items over time</h2>
      {pegs.length === 0 ? (
        <p>No PEG answered in this period.</p>
      ) : (
        <>
          {pegs.length > 1 ? <PegChart pegs={pegs} from={from} to={to} /> : null}
          <table aria-label="Every PEG answer">
            <thead>
              <tr>
                <th>Date</th>
                <th className={styles['num']}>Pain</th>
                <th className={styles['num']}>Enjoyment</th>
                <th className={styles['num']}>Activity</th>
                <th className={styles['num']}>PEG score</th>
              </tr>
            </thead>
            <tbody>
              {pegs.map((c) => (
                <tr key={c.id}>
                  <td>{shortDay(c.takenAt)}</td>
                  {c.answers.map((a, i) => (
                    <td key={i} className={styles['num']}>
                      {a}
                    </td>
                  ))}
                  <td className={styles['num']}>{oneDecimal(c.score ?? 0)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className={styles['small']}>
            Pain: average pain in the past week. Enjoyment and Activity: how much pain interfered
            with enjoyment of life and with general activity. Score: the mean of the three.
          </p>
        </>
      )}
      <h2>Overall change answers (PGIC-style)</h2>
      {changes.length === 0 ? (
        <p>Not answered in this period.</p>
      ) : (
        <ul className={styles['factors']}>
          {changes.map((c) => (
            <li key={c.id}>
              {shortDay(c.takenAt)}: {globalChangeLabel(c.score ?? 0)}
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
