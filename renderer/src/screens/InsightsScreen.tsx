import type { InsightsRange } from '../../../electron/shared/log/insights-types'
import type { ScreenProps } from '../app/screens'
import { EmptyState } from '../components/EmptyState'
import { Headline } from '../insights/Headline'
import { PracticeSection } from '../insights/PracticeSection'
import { PromptSection } from '../insights/PromptSection'
import { RangePicker, rangeLabel } from '../insights/RangePicker'
import { RegionSection } from '../insights/RegionSection'
import { SittingSection } from '../insights/SittingSection'
import { TrendSection } from '../insights/TrendSection'
import { useInsights } from '../insights/use-insights'
import { usePromptInsights } from '../insights/use-prompt-insights'
import { useT } from '../i18n/i18n-context'
import { useSettings } from '../settings/settings-context'
import styles from '../insights/insights.module.css'

export function InsightsScreen({ navigate }: ScreenProps) {
  const { settings, update } = useSettings()
  const t = useT()
  const range: InsightsRange | null = settings?.logInsightsRange ?? null
  const { insights, error } = useInsights(range)
  const prompts = usePromptInsights(range)

  if (error) return <p className="form-error">{error}</p>
  if (!range || !insights) return <p>{t.t('insights.screen.loading')}</p>

  const nothingAtAll = insights.everRated === 0
  return (
    <div className={styles['insights-screen']} data-insights-range={insights.range}>
      <RangePicker value={range} onChange={(next) => void update({ logInsightsRange: next })} />
      {nothingAtAll ? (
        <EmptyState
          title={t.t('insights.screen.emptyTitle')}
          action={
            <button type="button" className="primary" onClick={() => navigate('log')}>
              {t.t('insights.screen.emptyAction')}
            </button>
          }
        >
          <p>{t.t('insights.screen.emptyText')}</p>
        </EmptyState>
      ) : insights.totals.ratings === 0 ? (
        <p className={styles['sparse-note']}>
          {t.t('insights.screen.noneInRange', { range: rangeLabel(t, insights.range) })}
        </p>
      ) : (
        <>
          <Headline headline={insights.headline} />
          <TrendSection insights={insights} />
          <PracticeSection practices={insights.practices} />
          <SittingSection sitting={insights.sitting} />
          <RegionSection regions={insights.regions} />
        </>
      )}
      {/* Reminder records stand on their own: shown with or without self-ratings. */}
      <PromptSection report={prompts.report} error={prompts.error} />
    </div>
  )
}
