/** The practice channels. Filled in by the practice feature; see contract/index.ts. */
export const practiceChannels = {}
