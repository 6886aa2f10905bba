import type { z } from 'zod'

/** What a channel's schema mentions: object keys and literal or enum values. */
export interface SchemaVocabulary {
  keys: Set<string>
  literals: Set<unknown>
}

interface LooseDef {
  type?: string
  shape?: Record<string, z.ZodType>
  innerType?: z.ZodType
  in?: z.ZodType
  out?: z.ZodType
  options?: z.ZodType[]
  element?: z.ZodType
  keyType?: z.ZodType
  valueType?: z.ZodType
  entries?: Record<string, unknown>
  values?: unknown[]
  left?: z.ZodType
  right?: z.ZodType
}

function defOf(schema: z.ZodType): LooseDef {
  return (schema as unknown as { _zod: { def: LooseDef } })._zod.def
}

/**
 * Walks a zod schema so the fuzzer can aim at real field names and near-valid values instead
 * of only random noise; generic, so channels added later are covered without a test change.
 */
export function vocabularyOf(schema: z.ZodType): SchemaVocabulary {
  const vocabulary: SchemaVocabulary = { keys: new Set(), literals: new Set() }
  const seen = new Set<z.ZodType>()
  const visit = (node: z.ZodType | undefined): void => {
    if (!node || seen.has(node)) return
    seen.add(node)
    const def = defOf(node)
    if (def.shape) {
      for (const [key, child] of Object.entries(def.shape)) {
        vocabulary.keys.add(key)
        visit(child)
      }
    }
    if (def.entries) for (const value of Object.values(def.entries)) vocabulary.literals.add(value)
    if (def.values) for (const value of def.values) vocabulary.literals.add(value)
    for (const child of [
      def.innerType,
      def.in,
      def.out,
      def.element,
      def.keyType,
      def.valueType,
      def.left,
      def.right,
      ...(def.options ?? []),
    ]) {
      visit(child)
    }
  }
  visit(schema)
  return vocabulary
}
