// @vitest-environment jsdom
import { cleanup, render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { CustomPractice } from '../../../electron/shared/contract/practice'
import { CustomPractices } from '../../../renderer/src/practice/CustomPractices'

const calm: CustomPractice = {
  id: 'custom-calm',
  kind: 'breathing',
  name: 'Calm',
  body: { inhale: 4, topUp: 0, holdIn: 0, exhale: 8, holdOut: 0, lengthMin: 3 },
  createdAt: 1,
  updatedAt: 1,
}

function stubBridge() {
  const saveCustom = vi.fn((input: { name: string }) =>
    Promise.resolve({ ok: true, value: { ...calm, id: 'custom-new', name: input.name } }),
  )
  const deleteCustom = vi.fn(() => Promise.resolve({ ok: true, value: null }))
  Object.defineProperty(window, 'loosen', {
    configurable: true,
    value: { practice: { saveCustom, deleteCustom } },
  })
  return { saveCustom, deleteCustom }
}

describe('your own patterns and presets, from the keyboard', () => {
  afterEach(cleanup)

  it('saves a new pattern with Enter, says so, and puts focus back on the button that opened it', async () => {
    const { saveCustom } = stubBridge()
    const user = userEvent.setup()
    render(<CustomPractices items={[]} onOpen={() => undefined} />)
    screen.getByRole('button', { name: 'New breathing pattern' }).focus()
    await user.keyboard('{Enter}')
    expect(screen.getByRole('textbox', { name: 'Name' })).toBe(document.activeElement)
    await user.keyboard('Calm{Enter}')
    expect(saveCustom).toHaveBeenCalledWith(
      expect.objectContaining({ kind: 'breathing', name: 'Calm' }),
    )
    await waitFor(() => expect(screen.getByText('Saved “Calm”.')).toBeTruthy())
    expect(screen.queryByRole('form')).toBeNull()
    expect(document.activeElement).toBe(
      screen.getByRole('button', { name: 'New breathing pattern' }),
    )
  })

  it('closes the form with Escape without saving, focus back where it was', async () => {
    const { saveCustom } = stubBridge()
    const user = userEvent.setup()
    render(<CustomPractices items={[calm]} onOpen={() => undefined} />)
    screen.getByRole('button', { name: 'Edit Calm' }).focus()
    await user.keyboard('{Enter}')
    expect(screen.getByRole('form', { name: 'Edit breathing pattern' })).toBeTruthy()
    await user.keyboard('{Escape}')
    expect(screen.queryByRole('form')).toBeNull()
    expect(saveCustom).not.toHaveBeenCalled()
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Edit Calm' }))
  })

  it('moves focus to Undo after a delete, and Undo brings the pattern back', async () => {
    const { saveCustom, deleteCustom } = stubBridge()
    const user = userEvent.setup()
    render(<CustomPractices items={[calm]} onOpen={() => undefined} />)
    screen.getByRole('button', { name: 'Delete Calm' }).focus()
    await user.keyboard('{Enter}')
    expect(deleteCustom).toHaveBeenCalledWith({ id: 'custom-calm' })
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Undo' })),
    )
    await user.keyboard('{Enter}')
    expect(saveCustom).toHaveBeenCalledWith({ kind: 'breathing', name: 'Calm', body: calm.body })
    await waitFor(() => expect(screen.getByText('Brought back “Calm”.')).toBeTruthy())
  })
})
