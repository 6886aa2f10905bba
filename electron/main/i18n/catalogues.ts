/// <reference types="vite/client" />
import type { Messages } from '../../shared/i18n/message-key'
import { createCatalogueSet } from '../../shared/i18n/catalogue-set'

/** Every `locales/*.json`, bundled into main at build time (the same files as the renderer's). */
export const mainCatalogues = createCatalogueSet(
  import.meta.glob<Messages>('../../../locales/*.json', { eager: true, import: 'default' }),
)
