// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest'
import { restoreFocus } from '../../../renderer/src/hooks/restore-focus'

function page(html: string) {
  document.body.innerHTML = html
}

afterEach(() => {
  document.body.innerHTML = ''
})

describe('restoreFocus', () => {
  it('leaves focus that is on a live control alone', () => {
    page('<main><h1 class="screen-title" tabindex="-1">Log</h1><button id="a">A</button></main>')
    document.getElementById('a')?.focus()
    restoreFocus(document.querySelector('h1'))
    expect(document.activeElement?.id).toBe('a')
  })

  it('hands lost focus to the preferred element', () => {
    page('<main><h1 class="screen-title" tabindex="-1">Log</h1><button id="b">B</button></main>')
    expect(document.activeElement).toBe(document.body)
    restoreFocus(document.getElementById('b'))
    expect(document.activeElement?.id).toBe('b')
  })

  it('falls back to the screen heading when the preferred element is gone or disabled', () => {
    page(
      '<main><h1 class="screen-title" tabindex="-1">Log</h1><button id="c" disabled>C</button></main>',
    )
    restoreFocus(document.getElementById('c'))
    expect(document.activeElement?.textContent).toBe('Log')
    ;(document.activeElement as HTMLElement).blur()
    // An element no longer on the page.
    restoreFocus(document.createElement('button'))
    expect(document.activeElement?.textContent).toBe('Log')
  })

  it('treats focus left inside a closed dialog as lost', () => {
    page(
      '<main><h1 class="screen-title" tabindex="-1">Practice</h1></main><dialog open><button id="d">I understand</button></dialog>',
    )
    document.getElementById('d')?.focus()
    expect(document.activeElement?.id).toBe('d')
    // Closed, as at its 'close' event: the button still holds focus, but no one can see it.
    document.querySelector('dialog')?.removeAttribute('open')
    restoreFocus(null)
    expect(document.activeElement?.textContent).toBe('Practice')
  })
})
