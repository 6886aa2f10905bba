// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react'
import { afterEach, expect, it, vi } from 'vitest'
import { StatusPanel } from '../../../renderer/src/reminders/StatusPanel'
import { installFakeApi } from '../support/fake-api'
import { dueStatus } from './status-fixture'

afterEach(cleanup)

it('says in plain words, not as an alarm, that stepping away cannot be seen on this desktop', () => {
  installFakeApi({})
  const { container } = render(
    <StatusPanel
      status={dueStatus({ idleDetection: 'unavailable' })}
      act={vi.fn()}
      onStartBreak={() => undefined}
    />,
  )
  const note = screen.getByText(/can.t tell when you step away/)
  expect(note.textContent).toMatch(/Lock the screen when you leave/)
  // No developer words (the display server, a raw idle reading) in what the user reads.
  expect(container.textContent).not.toMatch(/Wayland|Electron|idle time|reads 0/)
  expect(note.className).not.toMatch(/warning/)
})
