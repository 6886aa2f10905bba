/**
 * The SQL of migration 012, frozen with it (a released migration never changes). The all-time
 * totals are kept by triggers on migration 009's day rollups, not on the raw rows: every path
 * that changes a day's sums (009's triggers, the import's one-off recount in
 * import/bulk-rollups.ts) moves the totals by the same amount, and none has to know about them.
 * Their names must not start with "rollup_": the import's recount drops and puts back those
 * triggers, and these must keep running while it empties and refills the day rollups.
 */

const REGION_COLUMNS = 'region, count, total'

const PRACTICE_COLUMNS =
  'practice_id, sessions, rated, before_total, after_total, meaningful, minimal'

export const TOTALS_TABLES = `
  CREATE TABLE insight_region_totals (
    region TEXT PRIMARY KEY,
    count INTEGER NOT NULL CHECK (count >= 0),
    total INTEGER NOT NULL
  ) WITHOUT ROWID, STRICT;
  CREATE TABLE insight_practice_totals (
    practice_id TEXT PRIMARY KEY,
    sessions INTEGER NOT NULL CHECK (sessions >= 0),
    rated INTEGER NOT NULL,
    before_total REAL NOT NULL,
    after_total REAL NOT NULL,
    meaningful INTEGER NOT NULL,
    minimal INTEGER NOT NULL
  ) WITHOUT ROWID, STRICT;
`

export const TOTALS_BACKFILL = `
  INSERT INTO insight_region_totals (${REGION_COLUMNS})
    SELECT region, SUM(count), SUM(total) FROM rollup_region_days GROUP BY region;
  INSERT INTO insight_practice_totals (${PRACTICE_COLUMNS})
    SELECT practice_id, SUM(sessions), SUM(rated), TOTAL(before_total), TOTAL(after_total),
           SUM(meaningful), SUM(minimal)
    FROM rollup_practice_days GROUP BY practice_id;
`

function addRegion(row: string): string {
  return `
    INSERT INTO insight_region_totals (${REGION_COLUMNS})
      VALUES (${row}.region, ${row}.count, ${row}.total)
      ON CONFLICT (region) DO UPDATE
        SET count = count + excluded.count, total = total + excluded.total;`
}

function removeRegion(row: string): string {
  return `
    UPDATE insight_region_totals SET count = count - ${row}.count, total = total - ${row}.total
      WHERE region = ${row}.region;
    DELETE FROM insight_region_totals WHERE region = ${row}.region AND count = 0;`
}

function addPractice(row: string): string {
  return `
    INSERT INTO insight_practice_totals (${PRACTICE_COLUMNS})
      VALUES (${row}.practice_id, ${row}.sessions, ${row}.rated, ${row}.before_total,
              ${row}.after_total, ${row}.meaningful, ${row}.minimal)
      ON CONFLICT (practice_id) DO UPDATE
        SET sessions = sessions + excluded.sessions, rated = rated + excluded.rated,
            before_total = before_total + excluded.before_total,
            after_total = after_total + excluded.after_total,
            meaningful = meaningful + excluded.meaningful, minimal = minimal + excluded.minimal;`
}

function removePractice(row: string): string {
  return `
    UPDATE insight_practice_totals
      SET sessions = sessions - ${row}.sessions, rated = rated - ${row}.rated,
          before_total = before_total - ${row}.before_total,
          after_total = after_total - ${row}.after_total,
          meaningful = meaningful - ${row}.meaningful, minimal = minimal - ${row}.minimal
      WHERE practice_id = ${row}.practice_id;
    DELETE FROM insight_practice_totals WHERE practice_id = ${row}.practice_id AND sessions = 0;`
}

/** An upsert into a day rollup fires its UPDATE trigger, a new day its INSERT trigger. */
export const TOTALS_TRIGGERS = `
  CREATE TRIGGER insight_totals_region_insert AFTER INSERT ON rollup_region_days BEGIN
    ${addRegion('NEW')}
  END;
  CREATE TRIGGER insight_totals_region_delete AFTER DELETE ON rollup_region_days BEGIN
    ${removeRegion('OLD')}
  END;
  CREATE TRIGGER insight_totals_region_update AFTER UPDATE ON rollup_region_days BEGIN
    ${removeRegion('OLD')}
    ${addRegion('NEW')}
  END;
  CREATE TRIGGER insight_totals_practice_insert AFTER INSERT ON rollup_practice_days BEGIN
    ${addPractice('NEW')}
  END;
  CREATE TRIGGER insight_totals_practice_delete AFTER DELETE ON rollup_practice_days BEGIN
    ${removePractice('OLD')}
  END;
  CREATE TRIGGER insight_totals_practice_update AFTER UPDATE ON rollup_practice_days BEGIN
    ${removePractice('OLD')}
    ${addPractice('NEW')}
  END;
`
