import english from '../../../locales/en.json'
import { createCatalogueSet } from './catalogue-set'

/**
 * English alone, for services built outside a Vite bundle (tools, the Node test harness)
 * that were given no catalogues; the app itself bundles every `locales/*.json`.
 */
export const englishOnlyCatalogues = createCatalogueSet({ 'en.json': english })
