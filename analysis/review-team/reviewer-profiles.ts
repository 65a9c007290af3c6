// Reviewers as people: each team member's role and organisation as app.team_reviewers keeps them, so the
// Team screen and the methods appendix can say who the team was.
import type { DuckDBConnection } from '@duckdb/node-api';
import type { ReviewerProfile } from '../api';
import { readRow, readRows, stringOrNull } from '../review/sql-rows';

/**
 * Everyone on the team: raters in the order they first rated, then the others in the order they joined.
 * A member has rated, calibrated or recorded a role or organisation; a row left behind when such a change
 * was undone does not count.
 */
export async function readReviewerProfiles(connection: DuckDBConnection): Promise<ReviewerProfile[]> {
  const rows = await readRows(
    connection,
    `SELECT t.name, t.role, t.organisation FROM app.team_reviewers t
     LEFT JOIN (SELECT reviewer, min(rated_at) AS first FROM app.individual_ratings GROUP BY reviewer) r ON r.reviewer = t.name
     WHERE r.first IS NOT NULL OR t.role IS NOT NULL OR t.organisation IS NOT NULL
        OR EXISTS (SELECT 1 FROM app.calibration_ratings c WHERE c.reviewer = t.name)
     ORDER BY r.first NULLS LAST, t.added_at, t.name`,
  );
  return rows.map((row) => ({ name: String(row.name), role: stringOrNull(row.role), organisation: stringOrNull(row.organisation) }));
}

export async function readReviewerProfile(connection: DuckDBConnection, name: string): Promise<ReviewerProfile | null> {
  const row = await readRow(connection, 'SELECT name, role, organisation FROM app.team_reviewers WHERE name = $1', [name]);
  return row ? { name: String(row.name), role: stringOrNull(row.role), organisation: stringOrNull(row.organisation) } : null;
}

/** Writes a profile, keeping when the reviewer joined the team (a rating may have added them first). */
export async function writeReviewerProfile(connection: DuckDBConnection, profile: ReviewerProfile): Promise<void> {
  await connection.run(
    `INSERT INTO app.team_reviewers (name, role, organisation, added_at) VALUES ($1, $2, $3, current_timestamp)
     ON CONFLICT (name) DO UPDATE SET role = excluded.role, organisation = excluded.organisation`,
    [profile.name, profile.role, profile.organisation],
  );
}
