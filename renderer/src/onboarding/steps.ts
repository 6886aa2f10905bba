/** The welcome's steps, in order. Each can be skipped; none has to be answered. */
export const WELCOME_STEPS = ['hello', 'self-care', 'day', 'style', 'sound', 'check-in'] as const
export type WelcomeStep = (typeof WELCOME_STEPS)[number]

/** What a step may hand back when the user moves on: a message to show instead, or null. */
export type StepCommit = () => Promise<string | null>
