import type { Messages } from '../../../electron/shared/i18n/message-key'
import { createCatalogueSet } from '../../../electron/shared/i18n/catalogue-set'

/** Every `locales/*.json`, bundled at build time (main bundles the same files). */
export const rendererCatalogues = createCatalogueSet(
  import.meta.glob<Messages>('../../../locales/*.json', { eager: true, import: 'default' }),
)
