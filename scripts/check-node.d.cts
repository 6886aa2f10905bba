export function tooOld(version: string): boolean
export const MINIMUM: [number, number]
