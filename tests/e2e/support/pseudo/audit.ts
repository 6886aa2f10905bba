import { mkdirSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { Page } from '@playwright/test'
import { inspectPage, type Clipped } from './inspect'
import { untranslatedTexts, type Untranslated } from './untranslated'

export const SHOTS = resolve(__dirname, '../../../../test-results/screenshots')

/** Waits until the screen's words stop changing: data loaded, fonts in, first effects run. */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(() => document.fonts.ready.then(() => undefined))
  let before = ''
  for (let i = 0; i < 20; i++) {
    const now = await page.evaluate(() => document.body.innerText)
    if (now === before) return
    before = now
    await page.waitForTimeout(200)
  }
}

/** Collects what every screen of one run gets wrong, and reports it all at once at the end. */
export class PseudoAudit {
  readonly untranslated: Untranslated[] = []
  readonly clipped: (Clipped & { screen: string })[] = []

  constructor(private readonly page: Page) {
    mkdirSync(SHOTS, { recursive: true })
  }

  /** Checks the screen as it is now and writes its picture as `<shot>.png`. */
  async check(
    screen: string,
    shot: string,
    options: { fullPage?: boolean; words?: boolean; scope?: string } = {},
  ): Promise<void> {
    await settle(this.page)
    const { texts, clipped } = await inspectPage(this.page, options.scope)
    if (options.words !== false) this.untranslated.push(...untranslatedTexts(screen, texts))
    this.clipped.push(...clipped.map((c) => ({ ...c, screen })))
    await this.page.screenshot({
      path: join(SHOTS, `${shot}.png`),
      fullPage: options.fullPage ?? true,
    })
  }

  /** Something the page-wide checks cannot see, such as a window that cannot hold its page. */
  notFitting(screen: string, where: string, how: string): void {
    this.clipped.push({ screen, where, text: '', how })
  }

  /** One line per place, naming every screen it was seen on, so a shared sidebar shows once. */
  untranslatedReport(): string[] {
    return grouped(
      this.untranslated,
      (u) => `${u.where}: "${u.text}" [${u.words.join(', ')}]`,
      (u) => u.screen,
    )
  }

  clippedReport(): string[] {
    return grouped(
      this.clipped,
      (c) => `${c.where}${c.text ? `: "${c.text.slice(0, 80)}"` : ''} — ${c.how}`,
      (c) => c.screen,
    )
  }

  /** Writes both lists beside the screenshots, for reading after a long run. */
  write(name: string): void {
    const lines = [
      `Untranslated (${String(this.untranslatedReport().length)}):`,
      ...this.untranslatedReport(),
      '',
      `Clipped or overflowing (${String(this.clippedReport().length)}):`,
      ...this.clippedReport(),
    ]
    writeFileSync(join(SHOTS, `${name}.txt`), `${lines.join('\n')}\n`)
  }
}

function grouped<T>(items: readonly T[], line: (item: T) => string, screen: (item: T) => string) {
  const screens = new Map<string, Set<string>>()
  for (const item of items) {
    const key = line(item)
    const seen = screens.get(key) ?? new Set<string>()
    seen.add(screen(item))
    screens.set(key, seen)
  }
  return [...screens].map(([key, seen]) => `(${[...seen].join(', ')}) ${key}`)
}
