import { z } from 'zod'
import { INSIGHTS_RANGES } from '../log/insights-types'
import { tagSchema } from '../log/tags'
import { settingsGroup } from './define'

/** Settings owned by the log feature. */
export const logSettings = settingsGroup({
  shape: {
    /** Tags the user added beside the built-in ones, in the order they were added. */
    logCustomTags: z.array(tagSchema).max(50, { error: 'valid.logSettings.keep50TagsYour' }),
    /** The Insights range shown last, so the screen opens where the user left it. */
    logInsightsRange: z.enum(INSIGHTS_RANGES),
  },
  defaults: {
    logCustomTags: [],
    logInsightsRange: '30',
  },
})
