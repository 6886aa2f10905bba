export interface ReportParams {
  from: number
  to: number
  name: string
}

/** The print-only route of the clinician report: `#/report?from=…&to=…&name=…`. */
export function reportHash({ from, to, name }: ReportParams): string {
  const params = new URLSearchParams({ from: String(from), to: String(to), name })
  return `#/report?${params.toString()}`
}

/** Reads the route back; null when the period is missing or not whole numbers. */
export function parseReportHash(hash: string): ReportParams | null {
  if (!hash.includes('?')) return null
  const params = new URLSearchParams(hash.slice(hash.indexOf('?') + 1))
  const from = Number(params.get('from') ?? NaN)
  const to = Number(params.get('to') ?? NaN)
  if (!Number.isInteger(from) || !Number.isInteger(to) || to <= from || from < 0) return null
  return { from, to, name: params.get('name') ?? '' }
}
