import { phrase } from '../../shared/text/phrase'
import type { SavePdfInput, SavePdfResult } from '../../shared/contract/report'
import type { CheckinsRepository } from '../checkins/checkins-repository'
import { ApiFailure } from '../core/api-failure'
import type { FeatureDeps } from '../core/feature'
import type { Handlers } from '../ipc/dispatch'
import { factorEffects } from '../../shared/report/factor-effects'
import { readFactorDays } from './factor-days'
import { ReportReader, type ReportSources } from './report-data'

/** Prints the report route to a PDF where the user chooses (Electron: shell/report-pdf.ts). */
export type SaveReportPdf = (request: SavePdfInput) => Promise<SavePdfResult>

export interface ReportFeatureDeps extends FeatureDeps {
  checkins: CheckinsRepository
  sittingSpans: ReportSources['sittingSpans']
  weeklyTarget: ReportSources['weeklyTarget']
  firstDayOfWeek: ReportSources['firstDayOfWeek']
  savePdf?: SaveReportPdf | undefined
}

/** The clinician report: figures read from the other features' tables, never written. */
export function createReportFeature(deps: ReportFeatureDeps) {
  const reader = new ReportReader(deps.db, deps, deps.now)
  const handlers = {
    'report:data': ({ from, to }) => reader.read(from, to),
    'report:factors': ({ from, to }) => factorEffects(readFactorDays(deps.db, from, to)),
    'report:savePdf': async (request) => {
      if (!deps.savePdf) {
        throw new ApiFailure('conflict', phrase('main.report.needsDesktop'))
      }
      return deps.savePdf(request)
    },
  } satisfies Partial<Handlers>
  return { handlers }
}
