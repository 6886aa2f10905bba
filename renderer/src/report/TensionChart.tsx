import type { ReportDay } from '../../../electron/shared/report/report-types'
import { useT } from '../i18n/i18n-context'
import { useReportFormat } from './format'

const WIDTH = 640
const PAD = { left: 28, right: 8, top: 8, bottom: 20 }
const DAY_MS = 86_400_000

interface TensionChartProps {
  days: readonly ReportDay[]
  from: number
  to: number
  /** The detail page's taller version, with a tick at every other rating step. */
  tall?: boolean
}

/**
 * Daily average self-rating as dots and its 7-day moving average as a line, in black on white
 * (vector SVG, so the PDF stays sharp and prints in black and white).
 */
export function TensionChart({ days, from, to, tall = false }: TensionChartProps) {
  const { t } = useT()
  const format = useReportFormat()
  const HEIGHT = tall ? 230 : 110
  const firstDay = Math.floor(from / DAY_MS)
  const lastDay = Math.max(firstDay + 1, Math.floor((to - 1) / DAY_MS))
  const x = (day: number) =>
    PAD.left + ((day - firstDay) / (lastDay - firstDay)) * (WIDTH - PAD.left - PAD.right)
  const y = (value: number) => PAD.top + (1 - value / 10) * (HEIGHT - PAD.top - PAD.bottom)
  const moving = days.map((d) => {
    const window = days.filter((o) => o.day > d.day - 7 && o.day <= d.day)
    return { day: d.day, value: window.reduce((s, o) => s + o.mean, 0) / window.length }
  })
  const path = moving
    .map((p, i) => `${i === 0 ? 'M' : 'L'}${x(p.day).toFixed(1)},${y(p.value).toFixed(1)}`)
    .join(' ')
  const ticks = tall ? [0, 2, 4, 6, 8, 10] : [0, 5, 10]
  const dateTicks = [firstDay, Math.round((firstDay + lastDay) / 2), lastDay]
  return (
    <svg
      viewBox={`0 0 ${String(WIDTH)} ${String(HEIGHT)}`}
      role="img"
      aria-label={t('report.chart.tension')}
    >
      {ticks.map((tick) => (
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
      {dateTicks.map((d, i) => (
        <text
          key={d}
          x={x(d)}
          y={HEIGHT - 6}
          textAnchor={i === 0 ? 'start' : i === dateTicks.length - 1 ? 'end' : 'middle'}
          fontSize="9"
        >
          {format.localDayLabel(d)}
        </text>
      ))}
      {days.map((d) => (
        <circle
          key={d.day}
          cx={x(d.day)}
          cy={y(d.mean)}
          r="1.8"
          fill="none"
          stroke="#000"
          strokeWidth="0.8"
        />
      ))}
      <path d={path} fill="none" stroke="#000" strokeWidth="1.6" />
    </svg>
  )
}
