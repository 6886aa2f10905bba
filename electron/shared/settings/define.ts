import type { z } from 'zod'

/** A group of settings: the schema of each value and its default, kept side by side. */
export interface SettingsGroup<Shape extends Record<string, z.ZodType>> {
  shape: Shape
  defaults: { [K in keyof Shape]: z.output<Shape[K]> }
}

export function settingsGroup<Shape extends Record<string, z.ZodType>>(
  group: SettingsGroup<Shape>,
): SettingsGroup<Shape> {
  return group
}
