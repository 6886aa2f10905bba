import { useEffect } from 'react'
import { useApiQuery } from '../data/use-api-query'
import { useT } from '../i18n/i18n-context'
import { useSettings } from '../settings/settings-context'
import { ReportPage } from './ReportPage'
import { parseReportHash } from '../../../electron/shared/report/report-hash'

/**
 * The print-only route `#/report?from=…&to=…&name=…`: main loads it in a hidden window and
 * prints it to PDF once `data-report-ready` is set on the document.
 */
export function ReportView() {
  const { t } = useT()
  const params = parseReportHash(window.location.hash)
  const query = useApiQuery(
    'report:data',
    params ? { from: params.from, to: params.to } : { from: 0, to: 1 },
    { refreshOn: [], enabled: params !== null },
  )
  // The language chosen in Settings arrives with the settings: main must not print the PDF in
  // the system's language before then.
  const { settings, loadError } = useSettings()
  const languageKnown = settings !== null || loadError !== null
  const ready = languageKnown && (query.data !== null || query.error !== null || params === null)
  useEffect(() => {
    document.documentElement.dataset['theme'] = 'light'
    if (ready) document.documentElement.dataset['reportReady'] = 'true'
  }, [ready])
  if (!params) return <p>{t('report.view.noPeriod')}</p>
  if (query.error) return <p>{t('report.view.failed', { error: query.error.message })}</p>
  if (!query.data) return <p>{t('report.view.preparing')}</p>
  return <ReportPage data={query.data} name={params.name} />
}
