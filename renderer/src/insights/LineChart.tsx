import { useEffect, useRef } from 'react'
import uPlot from 'uplot'
import 'uplot/dist/uPlot.min.css'
import { useThemeVersion } from '../hooks/use-theme-version'
import { useT } from '../i18n/i18n-context'
import { cx } from '../styles/cx'
import { chartDate, chartValue, DAY_S, dayIncrements, tickLabels } from './chart-format'
import styles from './insights.module.css'

export interface ChartSeries {
  label: string
  values: (number | null)[]
  /** A CSS custom property holding the colour, e.g. "--accent". */
  colorVar: string
  dash?: number[]
  width?: number
  /** Dots only, no line: for ratings that are separate moments, not a trend. */
  pointsOnly?: boolean
}

interface LineChartProps {
  /** Local day numbers (days since 1970-01-01), one per point. */
  days: number[]
  series: ChartSeries[]
  height?: number
}

/**
 * At least a week wide. With one or two days of data uPlot would otherwise stretch the time axis
 * over years, and a single point would sit alone at the edge of a chart labelled "2027 … 2029".
 */
export function dayAxisRange(min: number, max: number): [number, number] {
  if (max - min >= 6 * DAY_S) return [min, max]
  return [max - 6.5 * DAY_S, max + 0.5 * DAY_S]
}

/**
 * A small uPlot chart over local days, on one 0–10 self-rating axis (a second axis would invite
 * reading two unrelated scales as one story). The x axis is in whole days, never hours, and the
 * legend reads dates and values in the user's locale with at most one decimal. The chart is a
 * picture for sighted users; every chart in Insights sits beside a table with the same numbers,
 * so it is hidden from screen readers rather than half-described.
 */
export function LineChart({ days, series, height = 240 }: LineChartProps) {
  const holder = useRef<HTMLDivElement>(null)
  // Colours are read when the chart is built, so a theme change rebuilds it.
  const themeVersion = useThemeVersion()
  // Dates, numbers and the axis words follow the language in force; a change redraws.
  const t = useT()

  useEffect(() => {
    const element = holder.current
    if (!element) return
    // Read on the chart itself, so colours Insights defines for its charts are found too.
    const style = getComputedStyle(element)
    const color = (name: string) => style.getPropertyValue(name).trim() || '#2f6f62'
    const text = color('--muted')
    const grid = color('--border')
    const xs = days.map((d) => d * DAY_S)
    const locale = t.locale.format
    const axis = { stroke: text, grid: { stroke: grid, width: 1 }, ticks: { stroke: grid } }
    const plot = new uPlot(
      {
        width: Math.max(element.clientWidth, 280),
        height,
        // Day numbers are dates at UTC midnight; reading them in UTC keeps each on its own day.
        tzDate: (ts) => uPlot.tzDate(new Date(ts * 1000), 'Etc/UTC'),
        scales: {
          // From the data itself: uPlot widens a single time point by 1,000 days on its own.
          x: { time: true, range: () => dayAxisRange(xs[0] ?? 0, xs.at(-1) ?? 0) },
          rating: { range: [0, 10] },
        },
        axes: [
          {
            ...axis,
            incrs: dayIncrements,
            space: 70,
            values: (u, splits) =>
              tickLabels(splits, (u.scales['x']?.max ?? 0) - (u.scales['x']?.min ?? 0), locale),
          },
          { ...axis, scale: 'rating', label: t.t('insights.chart.ratingAxis') },
        ],
        legend: { show: true, live: true },
        cursor: { drag: { x: false, y: false } },
        series: [
          {
            label: t.t('insights.chart.date'),
            // uPlot passes null while the pointer is off the chart.
            value: (_u: uPlot, ts: number | null) => (ts == null ? '' : chartDate(ts, locale)),
          },
          ...series.map((s) => ({
            label: s.label,
            scale: 'rating',
            stroke: color(s.colorVar),
            width: s.pointsOnly ? 0 : (s.width ?? 2),
            dash: s.dash ?? [],
            // The days of the other series leave holes in this one; a line runs across them.
            spanGaps: true,
            value: (_u: uPlot, v: number | null) => (v == null ? '' : chartValue(v, locale)),
            ...(s.pointsOnly
              ? { paths: () => null, points: { show: true, size: 8, fill: color(s.colorVar) } }
              : { points: { show: days.length < 60 } }),
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
              // The x tick labels as drawn on the canvas, for tests and for nobody else.
              const ticks = (drawn.axes[0] as { _values?: unknown[] } | undefined)?._values ?? []
              element.setAttribute('data-x-ticks', ticks.map(String).join('|'))
            },
          ],
        },
      },
      [xs, ...series.map((s) => s.values)],
      element,
    )
    const resize = new ResizeObserver(() => {
      plot.setSize({ width: Math.max(element.clientWidth, 280), height })
    })
    resize.observe(element)
    return () => {
      resize.disconnect()
      plot.destroy()
      element.removeAttribute('data-drawn')
    }
  }, [days, series, height, themeVersion, t])

  return <div ref={holder} className={cx(styles['line-chart'], 'line-chart')} aria-hidden="true" />
}
