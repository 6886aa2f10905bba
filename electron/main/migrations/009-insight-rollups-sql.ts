/**
 * The SQL of migration 009, frozen with it: a released migration never changes, so these
 * statements live beside it rather than in the Insights code that reads the tables.
 */

const DAY = 86_400_000

/** floor(ms / day), also before 1970 (SQLite's "/" truncates toward zero). */
function floorDay(ms: string): string {
  return `((${ms}) / ${DAY} - ((${ms}) % ${DAY} < 0))`
}

/** A rating's local day, by the offset stored with it (as Insights has always placed it). */
export function ratingDay(row: string): string {
  return floorDay(`${row}.taken_at + ${row}.utc_offset_min * 60000`)
}

/** A practice session's UTC day; Insights adds the few sessions of a range's first part-day. */
export function sessionDay(row: string): string {
  return floorDay(`${row}.started_at`)
}

/** Everyday check-ins apart from the ratings around a practice. */
export function ratingKind(row: string): string {
  return `coalesce(${row}.phase, 'checkin')`
}

/** Same rule as shared/log/change.ts (a drop of ≥ points or ≥ share of the before rating). */
function dropCount(points: number, share: number): string {
  return `SUM(CASE WHEN b > a AND (b - a >= ${points} OR (b - a) * 1.0 / b >= ${share})
            THEN 1 ELSE 0 END)`
}

/** The latest rating of one phase for session `s` (ties: the higher value, as the index reads). */
function latest(phase: 'before' | 'after'): string {
  return `(SELECT value FROM ratings WHERE session_id = s.id AND phase = '${phase}'
           ORDER BY taken_at DESC, value DESC LIMIT 1)`
}

/**
 * One row per practice and UTC day: sessions, those rated before and after (latest of each),
 * the sums that make their averages, the drops counted by the change rules, and the title of
 * the day's latest session. `sessions` is the FROM clause naming them `s`.
 */
export function practiceBucketsSelect(sessions: string): string {
  return `SELECT practice_id, day, COUNT(*), COUNT(a + b),
                 TOTAL(CASE WHEN a IS NOT NULL THEN b END), TOTAL(CASE WHEN b IS NOT NULL THEN a END),
                 ${dropCount(2, 0.3)}, ${dropCount(1, 0.15)}, MAX(started_at), practice_title
          FROM (SELECT s.practice_id, s.practice_title, s.started_at, ${sessionDay('s')} AS day,
                       ${latest('before')} AS b, ${latest('after')} AS a
                FROM ${sessions})
          GROUP BY practice_id, day`
}

const PRACTICE_COLUMNS = `practice_id, day, sessions, rated, before_total, after_total,
  meaningful, minimal, latest_at, title`

/**
 * Recomputes the buckets named by `keys` (a SELECT of practice_id, day) from the raw rows: a
 * day of one practice is a handful of sessions, and recomputing cannot drift.
 */
function recomputePractice(keys: string): string {
  // Each bucket's sessions are one range of practice_sessions_by_start.
  return `
    DELETE FROM rollup_practice_days WHERE (practice_id, day) IN (${keys});
    INSERT INTO rollup_practice_days (${PRACTICE_COLUMNS})
      ${practiceBucketsSelect(`(${keys}) k CROSS JOIN practice_sessions s
        ON s.started_at >= k.day * ${DAY} AND s.started_at < (k.day + 1) * ${DAY}
        AND s.practice_id = k.practice_id`)};`
}

function bucketOf(row: string): string {
  return `SELECT ${row}.practice_id AS practice_id, ${sessionDay(row)} AS day`
}

function sessionBucket(sessionId: string): string {
  return `SELECT s.practice_id AS practice_id, ${sessionDay('s')} AS day
          FROM practice_sessions s WHERE s.id = ${sessionId}`
}

function addRating(row: string): string {
  return `
    INSERT INTO rollup_rating_days (day, kind, count, total)
      VALUES (${ratingDay(row)}, ${ratingKind(row)}, 1, ${row}.value)
      ON CONFLICT (day, kind) DO UPDATE SET count = count + 1, total = total + excluded.total;`
}

function removeRating(row: string): string {
  return `
    UPDATE rollup_rating_days SET count = count - 1, total = total - ${row}.value
      WHERE day = ${ratingDay(row)} AND kind = ${ratingKind(row)};
    DELETE FROM rollup_rating_days
      WHERE day = ${ratingDay(row)} AND kind = ${ratingKind(row)} AND count = 0;`
}

function parentDay(row: string): string {
  return `(SELECT ${ratingDay('r')} FROM ratings r WHERE r.id = ${row}.rating_id)`
}

function addRegion(row: string): string {
  return `
    INSERT INTO rollup_region_days (day, region, count, total)
      SELECT ${parentDay(row)}, ${row}.region, 1, ${row}.value WHERE ${parentDay(row)} IS NOT NULL
      ON CONFLICT (day, region) DO UPDATE SET count = count + 1, total = total + excluded.total;`
}

function removeRegion(row: string): string {
  return `
    UPDATE rollup_region_days SET count = count - 1, total = total - ${row}.value
      WHERE day = ${parentDay(row)} AND region = ${row}.region;
    DELETE FROM rollup_region_days
      WHERE day = ${parentDay(row)} AND region = ${row}.region AND count = 0;`
}

export const ROLLUP_TABLES = `
  CREATE TABLE rollup_rating_days (
    day INTEGER NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('checkin', 'before', 'after')),
    count INTEGER NOT NULL CHECK (count >= 0),
    total INTEGER NOT NULL,
    PRIMARY KEY (day, kind)
  ) WITHOUT ROWID, STRICT;
  CREATE TABLE rollup_region_days (
    day INTEGER NOT NULL,
    region TEXT NOT NULL,
    count INTEGER NOT NULL CHECK (count >= 0),
    total INTEGER NOT NULL,
    PRIMARY KEY (day, region)
  ) WITHOUT ROWID, STRICT;
  CREATE TABLE rollup_practice_days (
    practice_id TEXT NOT NULL,
    day INTEGER NOT NULL,
    sessions INTEGER NOT NULL CHECK (sessions > 0),
    rated INTEGER NOT NULL,
    before_total REAL NOT NULL,
    after_total REAL NOT NULL,
    meaningful INTEGER NOT NULL,
    minimal INTEGER NOT NULL,
    latest_at INTEGER NOT NULL,
    title TEXT NOT NULL,
    PRIMARY KEY (practice_id, day)
  ) WITHOUT ROWID, STRICT;
  CREATE INDEX rollup_practice_days_by_day ON rollup_practice_days (day);
`

export const ROLLUP_BACKFILL = `
  INSERT INTO rollup_rating_days (day, kind, count, total)
    SELECT ${ratingDay('r')} AS d, ${ratingKind('r')} AS k, COUNT(*), SUM(r.value)
    FROM ratings r GROUP BY d, k;
  INSERT INTO rollup_region_days (day, region, count, total)
    SELECT ${ratingDay('r')} AS d, rr.region, COUNT(*), SUM(rr.value)
    FROM rating_regions rr JOIN ratings r ON r.id = rr.rating_id GROUP BY d, rr.region;
  INSERT INTO rollup_practice_days (${PRACTICE_COLUMNS})
    ${practiceBucketsSelect('practice_sessions s')};
`

/**
 * Triggers keep the rollups in the same transaction as every write to the raw rows, whichever
 * repository makes it (a save, an edit, a delete, its undo, an import in the worker), so no
 * path can forget them. A rating's regions are taken off before the rating itself is deleted:
 * the foreign key's cascade runs after the rating is gone, when its day can no longer be read.
 */
export const ROLLUP_TRIGGERS = `
  CREATE TRIGGER rollup_rating_insert AFTER INSERT ON ratings BEGIN
    ${addRating('NEW')}
  END;
  CREATE TRIGGER rollup_rating_delete_regions BEFORE DELETE ON ratings BEGIN
    DELETE FROM rating_regions WHERE rating_id = OLD.id;
  END;
  CREATE TRIGGER rollup_rating_delete AFTER DELETE ON ratings BEGIN
    ${removeRating('OLD')}
  END;
  CREATE TRIGGER rollup_rating_update
    AFTER UPDATE OF value, taken_at, utc_offset_min, phase ON ratings BEGIN
    ${removeRating('OLD')}
    ${addRating('NEW')}
  END;
  CREATE TRIGGER rollup_rating_moves_regions
    AFTER UPDATE OF taken_at, utc_offset_min ON ratings
    WHEN ${ratingDay('OLD')} <> ${ratingDay('NEW')} BEGIN
    UPDATE rollup_region_days
      SET count = count - 1,
          total = total - (SELECT rr.value FROM rating_regions rr
                           WHERE rr.rating_id = NEW.id AND rr.region = rollup_region_days.region)
      WHERE day = ${ratingDay('OLD')}
        AND region IN (SELECT region FROM rating_regions WHERE rating_id = NEW.id);
    DELETE FROM rollup_region_days WHERE day = ${ratingDay('OLD')} AND count = 0;
    INSERT INTO rollup_region_days (day, region, count, total)
      SELECT ${ratingDay('NEW')}, rr.region, 1, rr.value FROM rating_regions rr
      WHERE rr.rating_id = NEW.id
      ON CONFLICT (day, region) DO UPDATE SET count = count + 1, total = total + excluded.total;
  END;
  CREATE TRIGGER rollup_region_insert AFTER INSERT ON rating_regions BEGIN
    ${addRegion('NEW')}
  END;
  CREATE TRIGGER rollup_region_delete AFTER DELETE ON rating_regions BEGIN
    ${removeRegion('OLD')}
  END;
  CREATE TRIGGER rollup_region_update AFTER UPDATE ON rating_regions BEGIN
    ${removeRegion('OLD')}
    ${addRegion('NEW')}
  END;

  CREATE TRIGGER rollup_session_insert AFTER INSERT ON practice_sessions BEGIN
    ${recomputePractice(bucketOf('NEW'))}
  END;
  CREATE TRIGGER rollup_session_delete AFTER DELETE ON practice_sessions BEGIN
    ${recomputePractice(bucketOf('OLD'))}
  END;
  CREATE TRIGGER rollup_session_update
    AFTER UPDATE OF practice_id, practice_title, started_at ON practice_sessions BEGIN
    ${recomputePractice(`${bucketOf('OLD')} UNION ${bucketOf('NEW')}`)}
  END;
  CREATE TRIGGER rollup_session_rating_insert AFTER INSERT ON ratings
    WHEN NEW.session_id IS NOT NULL BEGIN
    ${recomputePractice(sessionBucket('NEW.session_id'))}
  END;
  CREATE TRIGGER rollup_session_rating_delete AFTER DELETE ON ratings
    WHEN OLD.session_id IS NOT NULL BEGIN
    ${recomputePractice(sessionBucket('OLD.session_id'))}
  END;
  CREATE TRIGGER rollup_session_rating_update
    AFTER UPDATE OF value, taken_at, session_id, phase ON ratings
    WHEN OLD.session_id IS NOT NULL OR NEW.session_id IS NOT NULL BEGIN
    ${recomputePractice(`${sessionBucket('OLD.session_id')} UNION ${sessionBucket('NEW.session_id')}`)}
  END;
`
