// The rubric template format (JSON, schemaVersion 1) as a zod schema, with errors that name the bad field.
import { z } from 'zod';
import type { MetricRule, RubricCriterion, RubricTemplate } from '../api';

export const TEMPLATE_SCHEMA_VERSION = 1;

/** Ids are short and plain so they survive file names, URLs and spreadsheets: "d1", "1.2.3", "oss-gap". */
const id = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, 'must be 1-64 letters, digits, ".", "_" or "-", starting with a letter or digit');
const text = (max: number) => z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);

const metricRule: z.ZodType<MetricRule> = z
  .strictObject({
    metric: z.enum(['oss_risk_ratio', 'ela_proficiency_gap', 'math_proficiency_gap', 'chronic_absence_gap', 'advanced_course_composition', 'graduation_gap']),
    groupType: z.enum(['race_ethnicity', 'program']),
    groups: z.array(id).min(1, 'must list at least one group'),
    direction: z.enum(['above', 'below']),
    thresholds: z.strictObject({ initiating: z.number().finite(), developing: z.number().finite() }),
    years: z.number().int('must be a whole number').min(1, 'must be at least 1').max(10, 'must be at most 10'),
  })
  .superRefine((rule, ctx) => {
    // Initiating is the worse level, so its threshold must lie beyond Developing's in the rule's direction.
    const { initiating, developing } = rule.thresholds;
    const ordered = rule.direction === 'above' ? initiating >= developing : initiating <= developing;
    if (!ordered) {
      ctx.addIssue({
        code: 'custom',
        path: ['thresholds', 'initiating'],
        message: `must be ${rule.direction === 'above' ? 'at least' : 'at most'} the developing threshold (${developing}) when direction is "${rule.direction}"`,
      });
    }
  });

const criterion: z.ZodType<RubricCriterion> = z.strictObject({
  id,
  title: text(200),
  looksFor: text(2000),
  descriptors: z.strictObject({ initiating: text(2000), developing: text(2000), established: text(2000) }),
  evidenceTypes: z.array(z.enum(['quantitative', 'stakeholder_voice', 'observation_document'])).min(1, 'must name at least one kind of evidence'),
  metricRules: z.array(metricRule).optional(),
});

const cluster = z.strictObject({ id, name: text(200), criteria: z.array(criterion).min(1, 'must hold at least one criterion') });

const domain = z.strictObject({
  id,
  number: z.number().int('must be a whole number').min(1, 'must be at least 1').max(20, 'must be at most 20'),
  name: text(200),
  description: text(2000).optional(),
  clusters: z.array(cluster).min(1, 'must hold at least one cluster'),
});

const vignette = z.strictObject({
  id,
  criterionId: id,
  scenario: text(3000),
  agreedLevel: z.enum(['initiating', 'developing', 'established']),
  reason: text(2000),
});

export const rubricTemplateSchema: z.ZodType<RubricTemplate> = z
  .strictObject({
    schemaVersion: z.literal(TEMPLATE_SCHEMA_VERSION, { error: `must be ${TEMPLATE_SCHEMA_VERSION} (this version of EquityLens reads template format 1)` }),
    id,
    name: text(200),
    description: text(2000).optional(),
    domains: z.array(domain).min(1, 'must hold at least one domain'),
    calibration: z.array(vignette).max(50, 'must hold at most 50 vignettes').optional(),
  })
  .superRefine((template, ctx) => {
    // Ratings, evidence links and overrides refer to these ids, so each must be unique in the template.
    const seen = new Map<string, string>();
    const claim = (value: string, path: (string | number)[]) => {
      const where = formatPath(path);
      const first = seen.get(value);
      if (first) ctx.addIssue({ code: 'custom', path: [...path, 'id'], message: `"${value}" is already the id of ${first}` });
      else seen.set(value, where);
    };
    template.domains.forEach((d, di) => {
      claim(d.id, ['domains', di]);
      d.clusters.forEach((c, ci) => {
        claim(c.id, ['domains', di, 'clusters', ci]);
        c.criteria.forEach((k, ki) => claim(k.id, ['domains', di, 'clusters', ci, 'criteria', ki]));
      });
    });
    // A vignette illustrates a criterion of this template; its ratings are kept by its id.
    const criteria = new Set(template.domains.flatMap((d) => d.clusters.flatMap((c) => c.criteria.map((k) => k.id))));
    const vignettes = new Set<string>();
    template.calibration?.forEach((v, vi) => {
      if (vignettes.has(v.id)) ctx.addIssue({ code: 'custom', path: ['calibration', vi, 'id'], message: `"${v.id}" is already the id of another vignette` });
      vignettes.add(v.id);
      if (!criteria.has(v.criterionId)) ctx.addIssue({ code: 'custom', path: ['calibration', vi, 'criterionId'], message: `"${v.criterionId}" is not a criterion of this template` });
    });
  });

export type TemplateParseResult = { ok: true; template: RubricTemplate } | { ok: false; message: string };

/** Validates untrusted template data; the message names the first bad field. */
export function parseTemplate(data: unknown): TemplateParseResult {
  const parsed = rubricTemplateSchema.safeParse(data, { reportInput: true });
  if (parsed.success) return { ok: true, template: parsed.data };
  return { ok: false, message: describeTemplateIssue(parsed.error.issues[0]) };
}

/** Parses template file text: JSON first, then the schema. */
export function parseTemplateJson(json: string): TemplateParseResult {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    return { ok: false, message: `The template file is not valid JSON (${(error as Error).message.split('\n')[0]}).` };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return { ok: false, message: 'The template file must hold one JSON object.' };
  return parseTemplate(data);
}

/** "domains[1].clusters[0].criteria[2].descriptors.developing" */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i > 0 ? '.' : ''}${String(part)}`)).join('');
}

function describeTemplateIssue(issue: z.core.$ZodIssue | undefined): string {
  if (!issue) return 'The template is not valid.';
  let where = formatPath(issue.path);
  let message = issue.message;
  if (issue.code === 'invalid_type') {
    message = issue.input === undefined ? 'required' : `must be ${issue.expected === 'array' ? 'a list' : issue.expected === 'object' ? 'an object' : `a ${issue.expected}`}`;
  } else if (issue.code === 'unrecognized_keys') {
    const key = issue.keys[0] ?? '';
    where = formatPath([...issue.path, key]);
    message = 'is not a field of the template format';
  } else if (issue.code === 'invalid_value' && issue.path[issue.path.length - 1] !== 'schemaVersion') {
    message = `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
  }
  return where ? `${where}: ${message}` : message;
}
