// Reads what the overview shows about an open project: table row counts, school years, schools, districts.
import { quotedIdentifier } from '@duckdb/node-api';
import type { ProjectInfo } from '../api';
import { CANONICAL_TABLES } from '../engine/canonical-schema';
import { dataVersion } from '../engine/data-version';
import { schoolYears } from '../engine/school-years';
import type { ProjectDatabase } from '../engine/project-database';

export async function readProjectInfo(database: ProjectDatabase): Promise<ProjectInfo> {
  const metadata = await database.metadata();
  const { connection } = database;
  // Table names come from the canonical schema, never from a request; still quoted on principle.
  const countSql = CANONICAL_TABLES.map((t) => `SELECT '${t.name}' AS table_name, count(*)::DOUBLE AS n FROM ${quotedIdentifier(t.name)}`).join(' UNION ALL ');
  const counts = new Map((await connection.runAndReadAll(countSql)).getRowsJS().map(([name, n]) => [String(name), Number(n)]));
  const schools = await connection.runAndReadAll('SELECT school_id, school_name, level, community_school, pathway, implementation_phase FROM schools ORDER BY school_name, school_id');
  const districts = (await connection.runAndReadAll('SELECT DISTINCT district_id FROM aggregates WHERE district_id IS NOT NULL ORDER BY 1')).getRowsJS().map(([id]) => String(id));
  return {
    path: database.path,
    ...metadata,
    tables: CANONICAL_TABLES.map((t) => ({ table: t.name, label: t.label, rows: counts.get(t.name) ?? 0 })),
    schoolYears: await schoolYears(connection),
    dataVersion: await dataVersion(connection),
    schools: schools.getRowsJS().map(([schoolId, schoolName, level, community, pathway, phase]) => ({
      schoolId: String(schoolId),
      schoolName: String(schoolName),
      level: level === null ? null : String(level),
      communitySchool: community === null ? null : community === true,
      pathway: pathway === null ? null : String(pathway),
      implementationPhase: phase === null ? null : String(phase),
    })),
    // The district filter of metric requests (filters.districtIds) takes these.
    ...(districts.length > 0 ? { districts } : {}),
  };
}
