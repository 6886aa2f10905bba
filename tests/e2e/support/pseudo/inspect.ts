import type { Page } from '@playwright/test'

/** A piece of text a person meets: seen on screen, heard from a screen reader, or a tooltip. */
export interface ShownText {
  where: string
  text: string
  /** Set when the text is marked as another language than the page's (`lang="de"`). */
  otherLanguage?: string
}

/** Text that does not fit: cut off by its box or a container, or past the window's edge. */
export interface Clipped {
  where: string
  text: string
  how: string
}

export interface Inspection {
  texts: ShownText[]
  clipped: Clipped[]
}

/**
 * Reads the page as it is: every visible text node (screen-reader-only text too), the
 * accessible words in attributes, the window title, and where text overflows its box.
 * One pass in the page, so both checks see the same moment. `scope` (a selector) limits it
 * to part of the page, such as an open dialog over a screen already checked.
 */
export function inspectPage(page: Page, scope = 'body'): Promise<Inspection> {
  return page.evaluate((scope) => {
    const root = document.querySelector(scope) ?? document.body
    const texts: { where: string; text: string; otherLanguage?: string }[] = []
    const clipped: { where: string; text: string; how: string }[] = []

    // CSS-module classes read `_name_hash_n`; the readable part is enough to find the rule.
    const className = (el: Element) => {
      const first = [...el.classList].find((c) => c !== '') ?? ''
      return first.replace(/^_(.+)_[a-z0-9]{5}_\d+$/, '$1')
    }
    const describe = (el: Element): string => {
      const parts: string[] = []
      for (let at: Element | null = el; at && parts.length < 3; at = at.parentElement) {
        if (at === document.body) break
        const id = at.id ? `#${at.id}` : ''
        const cls = className(at)
        const role = at.getAttribute('role')
        parts.unshift(
          `${at.tagName.toLowerCase()}${id}${cls ? `.${cls}` : ''}${role ? `[role=${role}]` : ''}`,
        )
      }
      return parts.join(' > ')
    }
    const visible = (el: Element) =>
      el.checkVisibility({ visibilityProperty: true, opacityProperty: false })
    const trimmed = (text: string) => text.replace(/\s+/g, ' ').trim()
    const pageLanguage = document.documentElement.lang
    // A language's own name in the language picker is marked lang="de" and meant as written.
    const languageOf = (el: Element) => {
      const lang = el.closest('[lang]')?.getAttribute('lang') ?? pageLanguage
      return lang === pageLanguage ? {} : { otherLanguage: lang }
    }

    if (document.title) texts.push({ where: 'window title', text: document.title })

    // Attributes people hear or see (tooltips, placeholders, names of icons and pictures).
    const ATTRIBUTES = ['aria-label', 'title', 'placeholder', 'alt', 'aria-valuetext']
    for (const el of root.querySelectorAll('*')) {
      if (!visible(el)) continue
      for (const name of ATTRIBUTES) {
        const value = el.getAttribute(name)
        if (value && trimmed(value)) {
          texts.push({ where: `${describe(el)} @${name}`, text: value, ...languageOf(el) })
        }
      }
      if (el instanceof HTMLInputElement && ['button', 'submit', 'reset'].includes(el.type)) {
        texts.push({ where: `${describe(el)} @value`, text: el.value })
      }
      // A closed list still offers its choices the moment it opens.
      if (el instanceof HTMLSelectElement) {
        for (const option of el.options) {
          texts.push({ where: `${describe(el)} option`, text: option.text, ...languageOf(option) })
        }
      }
    }

    const isClipping = (overflow: string) => overflow === 'hidden' || overflow === 'clip'
    const isScrolling = (overflow: string) => overflow === 'auto' || overflow === 'scroll'
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = trimmed(node.textContent ?? '')
      const el = node.parentElement
      if (!text || !el || el.closest('script, style, template, noscript, option')) continue
      // An SVG <title> is the tooltip of the shape it sits in.
      const svgTitle = el.closest('svg title')
      const owner = svgTitle?.parentElement ?? el
      if (!visible(owner)) continue
      texts.push({ where: describe(el), text, ...languageOf(el) })
      if (svgTitle) continue

      // Screen-reader-only text and the skip link are off screen on purpose.
      if (el.closest('.visually-hidden, .skip-link')) continue
      const range = document.createRange()
      range.selectNodeContents(node)
      const rects = [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0)
      if (rects.length === 0) continue
      const box = {
        left: Math.min(...rects.map((r) => r.left)),
        right: Math.max(...rects.map((r) => r.right)),
        top: Math.min(...rects.map((r) => r.top)),
        bottom: Math.max(...rects.map((r) => r.bottom)),
      }
      const report = (how: string) => clipped.push({ where: describe(el), text, how })
      const reportedBefore = clipped.length

      // The nearest box that clips or scrolls must hold the text it draws.
      for (let at: Element | null = el; at && at !== document.documentElement;) {
        const style = getComputedStyle(at)
        const clipsX = isClipping(style.overflowX)
        const clipsY = isClipping(style.overflowY)
        const scrollsX = isScrolling(style.overflowX)
        if (clipsX || clipsY || scrollsX || isScrolling(style.overflowY)) {
          const outer = at.getBoundingClientRect()
          const left = outer.left + at.clientLeft
          const right = left + at.clientWidth
          const top = outer.top + at.clientTop
          const bottom = top + at.clientHeight
          const sideways = box.left < left - 1 || box.right > right + 1
          if (sideways && clipsX) report(`cut off sideways by ${describe(at)} (overflow hidden)`)
          else if (sideways && scrollsX) report(`runs past its scrolling box ${describe(at)}`)
          if (clipsY && (box.top < top - 1 || box.bottom > bottom + 1)) {
            report(`cut off top or bottom by ${describe(at)} (overflow hidden)`)
          }
          break
        }
        at = at.parentElement
      }
      // Past the window, unless a box between already took the blame.
      if (
        clipped.length === reportedBefore &&
        (box.left < -1 || box.right > window.innerWidth + 1)
      ) {
        report(
          `past the window's edge (${String(Math.round(box.left))}…${String(Math.round(box.right))} of ${String(window.innerWidth)})`,
        )
      }

      // Its own box cuts it short: hidden overflow or an ellipsis.
      const own = getComputedStyle(el)
      if (
        (isClipping(own.overflowX) || own.textOverflow === 'ellipsis') &&
        el.scrollWidth > el.clientWidth + 1
      ) {
        report(
          `cut short in its own box (${String(el.scrollWidth)} px of text in ${String(el.clientWidth)} px)`,
        )
      }
    }
    // Controls draw their words without text nodes (a select's choice, a field's value): their
    // box must be inside the window. Then the page as a whole must not scroll sideways.
    const inScroller = (el: Element) => {
      for (
        let at = el.parentElement;
        at && at !== document.documentElement;
        at = at.parentElement
      ) {
        if (getComputedStyle(at).overflowX !== 'visible') return true
      }
      return false
    }
    for (const el of root.querySelectorAll('select, input, textarea, button')) {
      // Inside a box that scrolls or clips, the text check above already judged it.
      if (!visible(el) || el.closest('.visually-hidden, .skip-link') || inScroller(el)) continue
      const box = el.getBoundingClientRect()
      if (box.width > 0 && (box.left < -1 || box.right > window.innerWidth + 1)) {
        const words = el instanceof HTMLSelectElement ? el.selectedOptions[0]?.text : el.textContent
        clipped.push({
          where: describe(el),
          text: trimmed(words ?? ''),
          how: `control past the window's edge (${String(Math.round(box.left))}…${String(Math.round(box.right))} of ${String(window.innerWidth)})`,
        })
      }
    }
    const sideways = document.documentElement.scrollWidth - document.documentElement.clientWidth
    if (sideways > 0) {
      clipped.push({
        where: 'the page',
        text: '',
        how: `scrolls sideways by ${String(sideways)} px`,
      })
    }
    return { texts, clipped }
  }, scope)
}
