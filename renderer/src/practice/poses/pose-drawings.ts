import type { ScriptStep } from '../../../../electron/shared/practice/script-schema'

export type PoseName = NonNullable<ScriptStep['pose']>

/**
 * Loosen's pose drawings, in a 240 × 180 view box, figure facing right. Limbs are thick
 * rounded strokes so the figure reads as soft filled shapes, not a stick figure. Tones are
 * names, not colours: the stylesheet gives them theme-aware colours.
 */
export interface Stroke {
  d: string
  width: number
  tone: 'body' | 'near' | 'far' | 'prop' | 'motion'
}

export interface PoseDrawing {
  head: { x: number; y: number }
  /** Drawn in order: props and far limbs first, the near side last. */
  strokes: Stroke[]
}

const TORSO = 28
const LEG = 19
const ARM = 13

export const POSE_DRAWINGS: Record<PoseName, PoseDrawing> = {
  'stand-walk': {
    head: { x: 121, y: 30 },
    strokes: [
      { d: 'M121 54 L133 77 L143 95', width: ARM, tone: 'far' },
      { d: 'M116 98 L103 126 L90 154 L78 156', width: LEG, tone: 'far' },
      { d: 'M120 52 L116 96', width: TORSO, tone: 'body' },
      { d: 'M116 98 L131 125 L137 153 L152 156', width: LEG, tone: 'near' },
      { d: 'M118 56 L106 78 L97 96', width: ARM, tone: 'near' },
    ],
  },
  'kneeling-lunge': {
    head: { x: 118, y: 32 },
    strokes: [
      { d: 'M66 154 L102 154', width: 12, tone: 'prop' },
      { d: 'M112 102 L88 145 L50 152', width: LEG, tone: 'far' },
      { d: 'M115 54 L112 100', width: TORSO, tone: 'body' },
      { d: 'M112 102 L148 103 L150 150 L168 153', width: LEG, tone: 'near' },
      { d: 'M117 60 L133 84 L148 97', width: ARM, tone: 'near' },
    ],
  },
  'seated-figure-four': {
    head: { x: 126, y: 32 },
    strokes: [
      {
        d: 'M84 46 L84 110 M84 110 L140 110 M92 112 L92 156 M136 112 L136 156',
        width: 6,
        tone: 'prop',
      },
      { d: 'M104 100 L150 100 L151 150 L168 153', width: LEG, tone: 'far' },
      { d: 'M120 54 L104 98', width: TORSO, tone: 'body' },
      { d: 'M106 96 L131 88 L158 92 L170 86', width: LEG, tone: 'near' },
      { d: 'M118 58 L130 76 L138 88', width: ARM, tone: 'near' },
    ],
  },
  pigeon: {
    head: { x: 126, y: 52 },
    strokes: [
      { d: 'M24 160 L220 160', width: 8, tone: 'prop' },
      { d: 'M120 128 L76 146 L32 151', width: LEG, tone: 'far' },
      { d: 'M122 76 L120 124', width: TORSO, tone: 'body' },
      { d: 'M120 128 L160 144 L126 150', width: LEG, tone: 'near' },
      { d: 'M122 80 L138 110 L146 146', width: ARM, tone: 'near' },
    ],
  },
  'shake-out': {
    head: { x: 120, y: 30 },
    strokes: [
      { d: 'M116 56 L104 80 L99 104', width: ARM, tone: 'far' },
      { d: 'M115 98 L106 126 L110 154 L124 156', width: LEG, tone: 'far' },
      { d: 'M120 52 L119 96', width: TORSO, tone: 'body' },
      { d: 'M123 98 L134 126 L130 154 L146 156', width: LEG, tone: 'near' },
      { d: 'M124 56 L137 80 L141 104', width: ARM, tone: 'near' },
      { d: 'M152 96 q7 6 0 13 M160 92 q9 9 0 20', width: 3, tone: 'motion' },
      { d: 'M88 98 q-7 6 0 13 M80 94 q-9 9 0 20', width: 3, tone: 'motion' },
      { d: 'M150 122 q6 5 0 10 M96 122 q-6 5 0 10', width: 3, tone: 'motion' },
    ],
  },
}
