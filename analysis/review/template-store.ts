// Rubric templates kept in the project: the built-in one, duplicates, edits (new versions) and imports.
import type { DuckDBConnection } from '@duckdb/node-api';
import type { RubricTemplate, TemplateRecord, TemplateSummary } from '../api';
import type { ProjectDatabase } from '../engine/project-database';
import { ServiceFailure } from '../engine/service-failure';
import { applyChange } from './audit-log';
import { DEFAULT_TEMPLATE } from './default-template';
import { isoTimestamp, readRow, readRows, type Row } from './sql-rows';
import { parseTemplate, parseTemplateJson } from './template-schema';

const DEFAULT_ROLLUP_RULE = 'median';

/**
 * Starts the review on first use: stores the built-in template and records that the review uses it.
 * Idempotent, and in one transaction, so two first calls cannot leave half a review.
 */
export async function ensureReview(database: ProjectDatabase): Promise<void> {
  const existing = await readRow(database.connection, 'SELECT 1 AS x FROM app.review WHERE review_id = 1');
  if (existing) return;
  await database.transaction(async (connection) => {
    if (await readRow(connection, 'SELECT 1 AS x FROM app.review WHERE review_id = 1')) return;
    const builtin = await readRow(connection, 'SELECT max(version) AS v FROM app.rubric_templates WHERE template_id = $1', [DEFAULT_TEMPLATE.id]);
    let version = builtin?.v === null || builtin?.v === undefined ? null : Number(builtin.v);
    if (version === null) {
      version = 1;
      await insertVersion(connection, DEFAULT_TEMPLATE, version, { builtin: true, origin: 'builtin', createdBy: null, at: new Date().toISOString() });
    }
    await connection.run('INSERT INTO app.review (review_id, template_id, template_version, rollup_rule) VALUES (1, $1, $2, $3)', [
      DEFAULT_TEMPLATE.id,
      version,
      DEFAULT_ROLLUP_RULE,
    ]);
  });
}

async function insertVersion(
  connection: DuckDBConnection,
  template: RubricTemplate,
  version: number,
  meta: { builtin: boolean; origin: string; createdBy: string | null; at: string },
): Promise<void> {
  await connection.run(
    'INSERT INTO app.rubric_templates (template_id, version, name, body, builtin, origin, created_by, created_at) VALUES ($1, $2, $3, $4::JSON, $5, $6, $7, $8::TIMESTAMP)',
    [template.id, version, template.name, JSON.stringify(template), meta.builtin, meta.origin, meta.createdBy, meta.at],
  );
}

const SELECT_TEMPLATE = `SELECT t.template_id, t.version, t.name, t.body::VARCHAR AS body, t.builtin, ${isoTimestamp('t.created_at')} AS created_at,
  (r.template_id IS NOT NULL) AS in_use
  FROM app.rubric_templates t LEFT JOIN app.review r ON r.template_id = t.template_id AND r.template_version = t.version`;

function toRecord(row: Row): TemplateRecord {
  const template = JSON.parse(String(row.body)) as RubricTemplate;
  return {
    templateId: String(row.template_id),
    version: Number(row.version),
    name: String(row.name),
    builtin: Boolean(row.builtin),
    inUse: Boolean(row.in_use),
    domains: template.domains.length,
    criteria: template.domains.reduce((n, d) => n + d.clusters.reduce((m, c) => m + c.criteria.length, 0), 0),
    createdAt: String(row.created_at),
    template,
  };
}

const summaryOf = ({ template: _template, ...summary }: TemplateRecord): TemplateSummary => summary;

/** The latest version of each template, plus the version in use if it is an older one. */
export async function listTemplates(connection: DuckDBConnection): Promise<TemplateSummary[]> {
  const rows = await readRows(
    connection,
    `${SELECT_TEMPLATE} WHERE t.version = (SELECT max(version) FROM app.rubric_templates m WHERE m.template_id = t.template_id) OR r.template_id IS NOT NULL
     ORDER BY t.builtin DESC, t.name, t.template_id, t.version`,
  );
  return rows.map((row) => summaryOf(toRecord(row)));
}

export async function getTemplate(connection: DuckDBConnection, templateId: string, version?: number): Promise<TemplateRecord> {
  const row =
    version === undefined
      ? await readRow(connection, `${SELECT_TEMPLATE} WHERE t.template_id = $1 ORDER BY t.version DESC LIMIT 1`, [templateId])
      : await readRow(connection, `${SELECT_TEMPLATE} WHERE t.template_id = $1 AND t.version = $2`, [templateId, version]);
  if (!row) throw new ServiceFailure('not_found', `There is no rubric template "${templateId}"${version === undefined ? '' : ` version ${version}`} in this review.`);
  return toRecord(row);
}

/** An id not yet used: "<base>-copy", "<base>-copy-2", ... */
async function freeId(connection: DuckDBConnection, base: string): Promise<string> {
  const taken = new Set((await readRows(connection, 'SELECT DISTINCT template_id FROM app.rubric_templates')).map((r) => String(r.template_id)));
  if (!taken.has(base)) return base;
  for (let i = 2; ; i += 1) if (!taken.has(`${base}-${i}`)) return `${base}-${i}`;
}

/** Adds a template (a copy, an import) as version 1 under an id of its own, audited and undoable. */
async function addTemplate(database: ProjectDatabase, actor: string, template: RubricTemplate, origin: 'duplicate' | 'import', summary: string): Promise<TemplateSummary> {
  const templateId = await freeId(database.connection, template.id.slice(0, 56));
  const stored = { ...template, id: templateId };
  await applyChange(database, {
    actor,
    action: `template_${origin}`,
    targetKind: 'template',
    targetId: templateId,
    summary: summary.replace('{id}', templateId),
    apply: (connection, at) => insertVersion(connection, stored, 1, { builtin: false, origin, createdBy: actor, at }),
  });
  return summaryOf(await getTemplate(database.connection, templateId, 1));
}

export async function duplicateTemplate(database: ProjectDatabase, actor: string, templateId: string, name: string): Promise<TemplateSummary> {
  const source = await getTemplate(database.connection, templateId);
  const copy: RubricTemplate = { ...source.template, id: `${templateId.slice(0, 50)}-copy`, name };
  return addTemplate(database, actor, copy, 'duplicate', `Duplicated template "${source.name}" as "${name}" ({id})`);
}

export async function importTemplate(database: ProjectDatabase, actor: string, json: string): Promise<TemplateSummary> {
  const parsed = parseTemplateJson(json);
  if (!parsed.ok) throw new ServiceFailure('bad_request', `The template was not imported. ${parsed.message}`);
  return addTemplate(database, actor, parsed.template, 'import', `Imported template "${parsed.template.name}" ({id})`);
}

/**
 * Saves an edited template as its next version. The built-in template stays as shipped (duplicate it
 * to edit). When the review uses the template, it moves to the new version in the same change.
 */
export async function updateTemplate(database: ProjectDatabase, actor: string, templateId: string, edited: RubricTemplate): Promise<TemplateSummary> {
  const current = await getTemplate(database.connection, templateId);
  if (current.builtin) throw new ServiceFailure('bad_request', 'The built-in template cannot be edited. Duplicate it and edit the copy.');
  const parsed = parseTemplate({ ...edited, id: templateId });
  if (!parsed.ok) throw new ServiceFailure('bad_request', `The template was not saved. ${parsed.message}`);
  const version = current.version + 1;
  await applyChange(database, {
    actor,
    action: 'template_edit',
    targetKind: 'template',
    targetId: templateId,
    summary: `Edited template "${parsed.template.name}" (version ${version})`,
    apply: async (connection, at) => {
      await insertVersion(connection, parsed.template, version, { builtin: false, origin: 'edit', createdBy: actor, at });
      await connection.run('UPDATE app.review SET template_version = $1 WHERE review_id = 1 AND template_id = $2', [version, templateId]);
    },
  });
  return summaryOf(await getTemplate(database.connection, templateId, version));
}

export function templateFileName(record: TemplateSummary): string {
  return `${record.templateId}-v${record.version}.json`;
}
