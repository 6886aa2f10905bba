import { useEffect, useRef } from 'react'
import uPlot from 'uplot'
import 'uplot/dist/uPlot.min.css'
import { useThemeVersion } from '../hooks/use-theme-version'
import { cx } from '../styles/cx'
import styles from './insights.module.css'

export interface ChartSeries {
  label: string
  values: (number | null)[]
  /** A CSS custom property holding the colour, e.g. "--accent". */
  colorVar: string
  dash?: number[]
  /** Which y scale: the 0–10 self-rating scale or a second one on the right. */
  scale?: 'rating' | 'right'
}

interface LineChartProps {
  /** Local day numbers (days since 1970-01-01), one per point. */
  days: number[]
  series: ChartSeries[]
  rightLabel?: string
  height?: number
}

const DAY_S = 86_400

/**
 * At least a week wide. With one or two days of data uPlot would otherwise stretch the time axis
 * over years, and a single point would sit alone at the edge of a chart labelled "2027 … 2029".
 */
export function dayAxisRange(min: number, max: number): [number, number] {
  if (max - min >= 6 * DAY_S) return [min, max]
  return [max - 6.5 * DAY_S, max + 0.5 * DAY_S]
}

function cssColor(name: string): string {
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim() || '#2f6f62'
}

/**
 * A small uPlot line chart over local days. The chart is a picture for sighted users; every
 * chart in Insights sits beside a table with the same numbers, so it is hidden from screen
 * readers rather than half-described.
 */
export function LineChart({ days, series, rightLabel, height = 240 }: LineChartProps) {
  const holder = useRef<HTMLDivElement>(null)
  // Colours are read when the chart is built, so a theme change rebuilds it.
  const themeVersion = useThemeVersion()

  useEffect(() => {
    const element = holder.current
    if (!element) return
    const text = cssColor('--muted')
    const grid = cssColor('--border')
    const xs = days.map((d) => d * DAY_S)
    const axis = { stroke: text, grid: { stroke: grid, width: 1 }, ticks: { stroke: grid } }
    const plot = new uPlot(
      {
        width: Math.max(element.clientWidth, 320),
        height,
        // Day numbers are dates at UTC midnight; reading them in UTC keeps each on its own day.
        tzDate: (ts) => uPlot.tzDate(new Date(ts * 1000), 'Etc/UTC'),
        scales: {
          // From the data itself: uPlot widens a single time point by 1,000 days on its own.
          x: { time: true, range: () => dayAxisRange(xs[0] ?? 0, xs.at(-1) ?? 0) },
          rating: { range: [0, 10] },
        },
        axes: [
          axis,
          { ...axis, scale: 'rating', label: 'Self-rating' },
          ...(rightLabel
            ? [
                // uPlot's Side is an ambient const enum, which isolatedModules cannot read; 1 is Right.
                // eslint-disable-next-line @typescript-eslint/no-unsafe-enum-assignment
                { ...axis, scale: 'right', side: 1 as uPlot.Axis.Side, label: rightLabel },
              ]
            : []),
        ],
        legend: { show: true },
        cursor: { drag: { x: false, y: false } },
        series: [
          {},
          ...series.map((s) => ({
            label: s.label,
            scale: s.scale ?? 'rating',
            stroke: cssColor(s.colorVar),
            width: 2,
            dash: s.dash ?? [],
            spanGaps: false,
            points: { show: days.length < 60 },
          })),
        ],
        hooks: {
          draw: [
            (drawn) => {
              element.setAttribute('data-drawn', String(days.length))
              // The axis colour it was drawn with, so a test can see it follow the theme.
              element.setAttribute('data-axis-color', text)
              // The visible span in days, so tests can tell a sensible axis from a runaway one.
              const { min = 0, max = 0 } = drawn.scales.x ?? {}
              element.setAttribute('data-span-days', String(Math.round((max - min) / DAY_S)))
            },
          ],
        },
      },
      [xs, ...series.map((s) => s.values)],
      element,
    )
    const resize = new ResizeObserver(() => {
      plot.setSize({ width: Math.max(element.clientWidth, 320), height })
    })
    resize.observe(element)
    return () => {
      resize.disconnect()
      plot.destroy()
      element.removeAttribute('data-drawn')
    }
  }, [days, series, rightLabel, height, themeVersion])

  return <div ref={holder} className={cx(styles['line-chart'], 'line-chart')} aria-hidden="true" />
}
