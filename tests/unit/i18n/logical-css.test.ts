import { readdirSync, readFileSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

// A right-to-left language turns the layout round only where the CSS says "start" and "end".
// Every `left`/`right` in the renderer's CSS stays put in Arabic or Hebrew, so each one is
// named here with its file and line, and the few that must stay physical are allowed below.

const ROOT = resolve(__dirname, '../../..')
const RENDERER = join(ROOT, 'renderer/src')

interface Declaration {
  file: string
  line: number
  selector: string
  property: string
  value: string
}

interface Allowed {
  file: string
  selector: string
  property: string
  reason: string
}

// Keep this tiny; every entry says why a direction must not follow the text.
const ALLOWED: readonly Allowed[] = [
  {
    file: 'renderer/src/practice/pacer.module.css',
    selector: '.pacer-dot',
    property: 'left',
    reason: "centres the dot on a point of the pacer's SVG view box, whose x never turns round",
  },
]

// Shorthands whose second and fourth values are the right and left sides.
const BOX_SHORTHANDS = new Set([
  'margin',
  'padding',
  'inset',
  'border-width',
  'border-style',
  'border-color',
  'scroll-margin',
  'scroll-padding',
])

/** Comments become spaces, keeping every line break so lines still count right. */
function withoutComments(css: string): string {
  return css.replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, ' '))
}

/** Every declaration with the selector (or at-rule) around it and the line it starts on. */
function declarationsOf(css: string, file: string): Declaration[] {
  const text = withoutComments(css)
  const found: Declaration[] = []
  const selectors: string[] = []
  let buffer = ''
  let start = 0
  const lineAt = (offset: number) => text.slice(0, offset).split('\n').length
  const flushDeclaration = () => {
    const colon = buffer.indexOf(':')
    const selector = selectors.at(-1)
    if (colon > 0 && selector !== undefined && !selector.startsWith('@')) {
      const lead = buffer.length - buffer.trimStart().length
      found.push({
        file,
        line: lineAt(start + lead),
        selector,
        property: buffer.slice(0, colon).trim().toLowerCase(),
        value: buffer
          .slice(colon + 1)
          .trim()
          .replace(/\s+/g, ' '),
      })
    }
    buffer = ''
  }
  for (let i = 0; i < text.length; i++) {
    const char = text.charAt(i)
    if (buffer === '') start = i
    if (char === '"' || char === "'") {
      const end = text.indexOf(char, i + 1)
      const close = end === -1 ? text.length - 1 : end
      buffer += text.slice(i, close + 1)
      i = close
    } else if (char === '{') {
      selectors.push(buffer.trim().replace(/\s+/g, ' '))
      buffer = ''
    } else if (char === ';') flushDeclaration()
    else if (char === '}') {
      flushDeclaration()
      selectors.pop()
    } else buffer += char
  }
  return found
}

/** The value's top-level words: `calc(a - b)` and `url(x)` stay one word each. */
function wordsOf(value: string): string[] {
  const words: string[] = []
  let depth = 0
  let word = ''
  for (const char of value) {
    if (char === '(') depth++
    if (char === ')') depth--
    if (/\s/.test(char) && depth === 0) {
      if (word) words.push(word)
      word = ''
    } else word += char
  }
  if (word) words.push(word)
  return words
}

function cornersDiffer(words: readonly string[]): boolean {
  const [a, b, c, d] = words
  if (words.length === 2) return a !== b
  if (words.length === 3) return a !== b || c !== b
  if (words.length === 4) return a !== b || c !== d
  return false
}

/** Why a declaration is tied to the left or right, or null when it follows the text. */
function physicalProblem({ property, value }: Declaration): string | null {
  if (!property.startsWith('--') && /(^|-)(left|right)(-|$)/.test(property)) {
    return `${property} is physical: use its inline-start/end form`
  }
  const plain = value.replace(/url\([^)]*\)/g, '').replace(/(["'])[\s\S]*?\1/g, '')
  if (/(^|[^\w-])(left|right)(?![\w-])/i.test(plain)) {
    return `${property}: ${value} names a physical side: use start/end (or :dir(rtl))`
  }
  const words = wordsOf(plain)
  if (BOX_SHORTHANDS.has(property) && words.length === 4 && words[1] !== words[3]) {
    return `${property}: ${value} sets left and right apart: use ${property}-block/-inline`
  }
  if (property === 'border-radius' && !plain.includes('/') && cornersDiffer(words)) {
    return `${property}: ${value} differs by corner: use border-start-start-radius etc.`
  }
  return null
}

function isAllowed(d: Declaration): boolean {
  return ALLOWED.some(
    (a) => a.file === d.file && a.selector === d.selector && a.property === d.property,
  )
}

function rendererCss(): Declaration[] {
  const files = readdirSync(RENDERER, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.css'))
    .sort()
  return files.flatMap((name) => {
    const path = join(RENDERER, name)
    return declarationsOf(readFileSync(path, 'utf8'), relative(ROOT, path))
  })
}

const sample = (css: string) =>
  declarationsOf(css, 'sample.css')
    .map((d) => physicalProblem(d))
    .filter((p) => p !== null)

describe('the physical-side detector', () => {
  it('names physical properties, keywords, lopsided shorthands and corners', () => {
    const css = `.a {
      margin-left: 1rem; border-right: 1px solid red; left: 0;
      text-align: right; background: linear-gradient(to left, red, blue);
      padding: 0.6rem 0.75rem 0.6rem 1.1rem; border-radius: 0 4px 4px 0;
      border-top-left-radius: 2px; transform-origin: left center;
    }`
    expect(sample(css)).toHaveLength(9)
  })

  it('passes logical and symmetric forms, comments, strings and custom property names', () => {
    const css = `/* margin-left: 1rem */ .b {
      margin-inline-start: 1rem; inset-inline-end: 0; text-align: start;
      margin: 0 auto; padding: 1rem 2rem 0.5rem; padding: 1px 2px 3px 2px;
      border-radius: 0 0 8px 8px; content: 'left'; grid-template-areas: 'left right';
      --left-gap: 1rem; margin-block: calc(1rem - 2px) 0;
      @media (max-width: 40rem) { padding-inline: 0 1rem; }
    }`
    expect(sample(css)).toEqual([])
  })

  it('reports the line and selector each declaration sits on', () => {
    const [d] = declarationsOf('.x {\n  color: red;\n}\n\n.y,\n.z {\n  margin-left: 0;\n}', 'f')
      .filter((x) => x.property === 'margin-left')
      .map((x) => ({ line: x.line, selector: x.selector }))
    expect(d).toEqual({ line: 7, selector: '.y, .z' })
  })
})

describe('renderer CSS follows the text direction', () => {
  const declarations = rendererCss()

  it('finds the renderer stylesheets', () => {
    expect(new Set(declarations.map((d) => d.file)).size).toBeGreaterThan(10)
  })

  it('uses logical properties everywhere but the allowed few', () => {
    const problems = declarations
      .filter((d) => !isAllowed(d))
      .map((d) => ({ where: `${d.file}:${String(d.line)} (${d.selector})`, d }))
      .flatMap(({ where, d }) => {
        const problem = physicalProblem(d)
        return problem === null ? [] : [`${where}: ${problem}`]
      })
    expect(problems, problems.join('\n')).toEqual([])
  })

  it('allows nothing that no longer exists, so the list stays short', () => {
    const stale = ALLOWED.filter(
      (a) =>
        !declarations.some(
          (d) => d.file === a.file && d.selector === a.selector && d.property === a.property,
        ),
    )
    expect(stale).toEqual([])
  })
})
