import type { CsvColumn, CsvRecordType } from '../export/csv-columns'

type Cells = Map<CsvColumn, string>

/** Digits become numbers; anything else stays text so validation can say what is wrong. */
function num(text: string | undefined): unknown {
  const value = (text ?? '').trim()
  if (value === '') return undefined
  return /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : value
}

function orNull(text: string | undefined): string | null {
  const value = (text ?? '').trim()
  return value === '' ? null : value
}

function opt(text: string | undefined): string | undefined {
  return text === undefined || text === '' ? undefined : text
}

/** "left-groin=3 sacrum=5" → { "left-groin": 3, sacrum: 5 }; a malformed pair is kept as text. */
function regions(text: string | undefined): unknown {
  const value = (text ?? '').trim()
  if (value === '') return undefined
  const result: Record<string, unknown> = {}
  for (const pair of value.split(/\s+/)) {
    const [name = '', score] = pair.split('=')
    // defineProperty keeps a "__proto__" region as a key, so it is refused rather than lost.
    Object.defineProperty(result, name, {
      value: score === undefined ? `missing "=value" in "${pair}"` : num(score),
      enumerable: true,
      writable: true,
      configurable: true,
    })
  }
  return result
}

function json(text: string | undefined): unknown {
  try {
    return JSON.parse(text ?? '') as unknown
  } catch {
    return undefined
  }
}

interface Converted {
  raw: Record<string, unknown>
  /** Field name in the record → column name in the CSV file. */
  column: (field: string) => string
}

function mapped(raw: Record<string, unknown>, names: Record<string, CsvColumn>): Converted {
  return {
    raw: Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== undefined)),
    column: (field) => {
      const [head = '', ...rest] = field.split('.')
      return [names[head] ?? head, ...rest].join('.')
    },
  }
}

/** Turns one CSV row into the same record shape a JSON export has. */
export function csvRowToRecord(
  type: Exclude<CsvRecordType, 'setting'>,
  cells: Cells,
  tagSeparator: string,
): Converted {
  const get = (column: CsvColumn) => cells.get(column)
  switch (type) {
    case 'rating':
      return mapped(
        {
          id: get('id'),
          takenAt: get('time'),
          value: num(get('value')),
          regions: regions(get('regions')),
          note: opt(get('note')),
          tags: opt(get('tags'))
            ?.split(tagSeparator)
            .map((t) => t.trim())
            .filter((t) => t !== ''),
          sessionId: orNull(get('session_id')),
          phase: orNull(get('phase')),
        },
        { takenAt: 'time', sessionId: 'session_id' },
      )
    case 'session':
      return mapped(
        {
          id: get('id'),
          practiceId: get('practice_id'),
          practiceTitle: get('title'),
          plannedMs: num(get('planned_ms')) ?? null,
          actualMs: num(get('duration_ms')),
          status: get('status'),
          startedAt: get('time'),
          endedAt: get('end_time'),
        },
        {
          practiceId: 'practice_id',
          practiceTitle: 'title',
          plannedMs: 'planned_ms',
          actualMs: 'duration_ms',
          startedAt: 'time',
          endedAt: 'end_time',
        },
      )
    case 'custom_practice':
      return mapped(
        {
          id: get('id'),
          kind: get('kind'),
          name: get('title'),
          body: json(get('data')),
          createdAt: get('time'),
          updatedAt: get('end_time'),
        },
        { name: 'title', body: 'data', createdAt: 'time', updatedAt: 'end_time' },
      )
    case 'break':
      return mapped(
        {
          id: get('id'),
          kind: get('kind'),
          occurredAt: get('time'),
          durationMs: num(get('duration_ms')),
          sittingBeforeMs: num(get('sitting_before_ms')),
        },
        { occurredAt: 'time', durationMs: 'duration_ms', sittingBeforeMs: 'sitting_before_ms' },
      )
    case 'sitting':
      return mapped(
        { id: num(get('id')), startedAt: get('time'), endedAt: get('end_time') },
        { startedAt: 'time', endedAt: 'end_time' },
      )
    case 'checkin':
      return mapped(
        {
          id: get('id'),
          instrument: get('kind'),
          status: get('status'),
          takenAt: get('time'),
          answers: json(get('data')) ?? get('data'),
        },
        { instrument: 'kind', takenAt: 'time', answers: 'data' },
      )
    case 'stop_reason': {
      const step = json(get('data'))
      const names = (get('regions') ?? '').trim()
      return mapped(
        {
          sessionId: get('session_id'),
          reason: get('kind'),
          regions: names === '' ? [] : names.split(/\s+/),
          note: get('note') ?? '',
          ...(typeof step === 'object' && step !== null && !Array.isArray(step)
            ? step
            : { stepIndex: get('data') }),
          recordedAt: get('time'),
        },
        {
          sessionId: 'session_id',
          reason: 'kind',
          recordedAt: 'time',
          stepIndex: 'data',
          stepText: 'data',
          movement: 'data',
        },
      )
    }
  }
}
