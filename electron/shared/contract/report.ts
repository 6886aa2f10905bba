import { z } from 'zod'
import type { FactorEffect } from '../report/factor-effects'
import { REPORT_MAX_DAYS, type ReportData } from '../report/report-types'
import { channel } from './channel'

export type { ReportData } from '../report/report-types'
export type { FactorEffect } from '../report/factor-effects'

const epochMs = z.number().int().nonnegative()
const DAY_MS = 86_400_000

const period = {
  from: epochMs,
  to: epochMs,
}

function checkPeriod(value: { from: number; to: number }): boolean {
  return value.to > value.from && value.to - value.from <= REPORT_MAX_DAYS * DAY_MS
}
const periodError = {
  error: `Choose a period that ends after it starts and is at most ${String(REPORT_MAX_DAYS)} days long.`,
}

export const reportPeriodSchema = z.object(period).strict().refine(checkPeriod, periodError)

export const NAME_MAX = 80

export const savePdfSchema = z
  .object({
    ...period,
    /** The user's name or a pseudonym, as they choose; may be empty. */
    name: z.string().max(NAME_MAX, { error: 'valid.reportRequest.keepName80Characters' }),
  })
  .strict()
  .refine(checkPeriod, periodError)
export type SavePdfInput = z.infer<typeof savePdfSchema>

export interface SavePdfResult {
  /** Where the PDF was written, or null when the user cancelled the save dialog. */
  path: string | null
}

/** The clinician report: its figures (read only) and saving it as a PDF where the user chooses. */
export const reportChannels = {
  'report:data': channel<ReportData>()(reportPeriodSchema),
  'report:savePdf': channel<SavePdfResult>()(savePdfSchema),
  /** Per tag and behaviour: tension on days with it minus days without, with a 95% interval. */
  'report:factors': channel<FactorEffect[]>()(reportPeriodSchema),
}
