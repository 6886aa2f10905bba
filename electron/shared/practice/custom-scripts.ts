import type { CustomBreathingBody, CustomTimerBody } from './custom-schema'
import { practiceScriptSchema, type PracticeScript } from './script-schema'
import type { Timeline } from './timeline'

/** Turns a saved breathing pattern into a script the engine can run, using Loosen's own words. */
export function customBreathingScript(
  id: string,
  name: string,
  body: CustomBreathingBody,
): PracticeScript {
  const cycleS = body.inhale + body.topUp + body.holdIn + body.exhale + body.holdOut
  const perMin = (60 / cycleS).toFixed(1)
  return practiceScriptSchema.parse({
    schemaVersion: 1,
    id,
    title: name,
    category: 'breathing',
    summary: `Your own pattern: ${describePattern(body)}, about ${perMin} breaths a minute.`,
    lengthsMin: [body.lengthMin],
    defaultLengthMin: body.lengthMin,
    breath: {
      inhale: body.inhale,
      topUp: body.topUp,
      holdIn: body.holdIn,
      exhale: body.exhale,
      holdOut: body.holdOut,
    },
    steps: [
      {
        id: 'settle',
        text: 'Settle in and let your belly be soft.',
        detail: 'Sit or lie however is comfortable.',
        seconds: 10,
      },
      {
        id: 'pace',
        text: 'Follow the circle: grow with the in-breath, shrink with the out-breath.',
        detail: 'Easy and unforced. If you feel light-headed, breathe normally for a while.',
        seconds: Math.min(cycleS, 40),
        stretch: 1,
        paced: true,
      },
      {
        id: 'close',
        text: 'Let the breath find its own rhythm again.',
        seconds: 10,
      },
    ],
  })
}

export function describePattern(body: {
  inhale: number
  topUp: number
  holdIn: number
  exhale: number
  holdOut: number
}): string {
  const parts = [`in ${body.inhale}`]
  if (body.topUp > 0) parts.push(`sip ${body.topUp}`)
  if (body.holdIn > 0) parts.push(`hold ${body.holdIn}`)
  parts.push(`out ${body.exhale}`)
  if (body.holdOut > 0) parts.push(`hold ${body.holdOut}`)
  return `${parts.join(', ')} s`
}

/**
 * The open timer's timeline: a warm-up before the start bell, then one quiet step that lasts
 * the chosen length, or never ends in open-ended mode. Texts come from the open-timer script.
 */
export function buildTimerTimeline(script: PracticeScript, body: CustomTimerBody): Timeline {
  const warmUp = script.steps.find((step) => step.id === 'warm-up')
  const sit = script.steps.find((step) => step.id === 'sit')
  if (!warmUp || !sit) throw new Error('The open timer script needs "warm-up" and "sit" steps.')
  const warmUpMs = body.warmUpS * 1000
  const lengthMs = body.lengthMin === null ? null : Math.round(body.lengthMin * 60_000)
  const totalMs = lengthMs === null ? null : warmUpMs + lengthMs
  const base = {
    phases: null,
    cycleMs: 0,
    bell: false,
    pose: null,
    altPose: null,
    side: null,
    caution: false,
  }
  const steps: Timeline['steps'] = []
  if (warmUpMs > 0) {
    steps.push({
      ...base,
      index: 0,
      id: warmUp.id,
      text: warmUp.text,
      detail: warmUp.detail ?? null,
      startMs: 0,
      endMs: warmUpMs,
    })
  }
  steps.push({
    ...base,
    index: steps.length,
    id: sit.id,
    text: sit.text,
    detail: sit.detail ?? null,
    startMs: warmUpMs,
    endMs: totalMs,
  })
  const everyMs = body.intervalMin === null ? null : Math.round(body.intervalMin * 60_000)
  return {
    practiceId: script.id,
    title: script.title,
    totalMs,
    steps,
    startBellMs: body.startBell ? warmUpMs : null,
    endBell: body.endBell,
    intervalBell: everyMs === null ? null : { firstMs: warmUpMs + everyMs, everyMs },
  }
}
