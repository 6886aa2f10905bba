// @vitest-environment jsdom
import { act, cleanup, render, screen, waitFor } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import type { InsightsRange } from '../../../electron/shared/log/insights-types'
import type { Result } from '../../../electron/shared/result'
import type { Topic } from '../../../renderer/src/data/changes'
import { useApiQuery } from '../../../renderer/src/data/use-api-query'
import { deferred, installFakeApi } from '../support/fake-api'

afterEach(cleanup)

type Answer = Result<{ days: number; practisedToday: boolean }>

function Streak({ refreshOn }: { refreshOn: readonly Topic[] }) {
  const { data, error, loading } = useApiQuery('practice:streak', undefined, { refreshOn })
  if (loading) return <p>loading</p>
  return (
    <p>
      {data ? `days ${String(data.days)}` : 'no data'}
      {error ? ` / error: ${error.message}` : ''}
    </p>
  )
}

const settle = () => act(() => new Promise((done) => setTimeout(done, 50)))
const PRACTICE: Topic[] = [{ kind: 'data', domain: 'practice' }]

describe('useApiQuery', () => {
  it('ignores an older answer that arrives after a newer request', async () => {
    const answers: ReturnType<typeof deferred<Result<unknown>>>[] = []
    installFakeApi({
      'log:insights': () => {
        const answer = deferred<Result<unknown>>()
        answers.push(answer)
        return answer.promise
      },
    })
    function Range({ range }: { range: InsightsRange }) {
      const { data } = useApiQuery('log:insights', { range }, { refreshOn: [] })
      return <p>{data ? `range ${data.range}` : 'none'}</p>
    }
    const { rerender } = render(<Range range="30" />)
    rerender(<Range range="90" />)
    await waitFor(() => expect(answers).toHaveLength(2))
    answers[1]?.resolve({ ok: true, value: { range: '90' } })
    expect(await screen.findByText('range 90')).toBeTruthy()
    answers[0]?.resolve({ ok: true, value: { range: '30' } })
    await settle()
    expect(screen.getByText('range 90')).toBeTruthy()
  })

  it('asks once more after a change that arrived while an answer was on its way', async () => {
    const answers: ReturnType<typeof deferred<Answer>>[] = []
    const fake = installFakeApi({
      'practice:streak': () => {
        const answer = deferred<Answer>()
        answers.push(answer)
        return answer.promise
      },
    })
    render(<Streak refreshOn={PRACTICE} />)
    await waitFor(() => expect(answers).toHaveLength(1))
    fake.emit({ type: 'data-changed', domain: 'practice' })
    fake.emit({ type: 'data-changed', domain: 'practice' })
    await settle()
    expect(answers).toHaveLength(1)
    answers[0]?.resolve({ ok: true, value: { days: 1, practisedToday: false } })
    await waitFor(() => expect(answers).toHaveLength(2))
    expect(screen.getByText('days 1')).toBeTruthy()
    answers[1]?.resolve({ ok: true, value: { days: 2, practisedToday: true } })
    expect(await screen.findByText('days 2')).toBeTruthy()
    await settle()
    expect(answers).toHaveLength(2)
  })

  it('keeps the data through a failure and clears the error on the next success', async () => {
    let answer: Answer = { ok: true, value: { days: 3, practisedToday: true } }
    const fake = installFakeApi({ 'practice:streak': () => Promise.resolve(answer) })
    render(<Streak refreshOn={PRACTICE} />)
    expect(await screen.findByText('days 3')).toBeTruthy()

    answer = { ok: false, error: { code: 'storage_failed', message: 'The disk said no.' } }
    fake.emit({ type: 'data-changed', domain: 'practice' })
    expect(await screen.findByText('days 3 / error: The disk said no.')).toBeTruthy()

    answer = { ok: true, value: { days: 4, practisedToday: true } }
    fake.emit({ type: 'data-changed', domain: 'practice' })
    expect(await screen.findByText('days 4')).toBeTruthy()
  })

  it('answers a burst of changes with one request and ignores changes it does not name', async () => {
    const fake = installFakeApi({ 'practice:streak': () => ({ days: 2, practisedToday: false }) })
    render(<Streak refreshOn={PRACTICE} />)
    await screen.findByText('days 2')
    await settle()
    fake.reset()

    fake.emit({ type: 'data-changed', domain: 'log' })
    fake.emit({ type: 'settings-changed' })
    fake.emit({ type: 'navigate', screen: 'log' })
    await settle()
    expect(fake.calls).toEqual([])

    fake.emit({ type: 'data-changed', domain: 'practice' })
    fake.emit({ kind: 'data', domain: 'practice' } as never)
    await settle()
    expect(fake.calls).toEqual(['practice:streak'])
  })

  it('hears only the settings it names, when the change names its keys', async () => {
    const fake = installFakeApi({ 'practice:streak': () => ({ days: 2, practisedToday: false }) })
    render(<Streak refreshOn={[{ kind: 'settings', keys: ['showStreaks'] }]} />)
    await screen.findByText('days 2')
    await settle()
    fake.reset()

    fake.emit({ kind: 'settings', keys: ['theme'] } as never)
    await settle()
    expect(fake.calls).toEqual([])
    fake.emit({ kind: 'settings', keys: ['theme', 'showStreaks'] } as never)
    await settle()
    // The older event names no keys, so it may be any setting.
    fake.emit({ type: 'settings-changed' })
    await settle()
    expect(fake.calls).toEqual(['practice:streak', 'practice:streak'])
  })

  it('asks again when the payload changes by value, not when it is a new equal object', async () => {
    const fake = installFakeApi({
      'log:insights': () =>
        Promise.resolve({ ok: false, error: { code: 'internal', message: 'x' } }),
    })
    function Insights({ range }: { range: InsightsRange }) {
      useApiQuery('log:insights', { range }, { refreshOn: [] })
      return null
    }
    const { rerender } = render(<Insights range="30" />)
    rerender(<Insights range="30" />)
    rerender(<Insights range="90" />)
    await settle()
    expect(fake.calls).toEqual(['log:insights', 'log:insights'])
  })
})
