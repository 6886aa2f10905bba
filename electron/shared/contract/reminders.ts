/** The reminders channels. Filled in by the reminders feature; see contract/index.ts. */
export const reminderChannels = {}
