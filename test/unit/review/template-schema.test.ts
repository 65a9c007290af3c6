// The template format: the default template's shape, and malformed templates rejected by field name.
import { describe, expect, it } from 'vitest';
import type { RubricTemplate } from '../../../analysis/api';
import { DEFAULT_TEMPLATE } from '../../../analysis/review/default-template';
import defaultJson from '../../../analysis/review/default-template.json';
import { formatPath, parseTemplate, parseTemplateJson } from '../../../analysis/review/template-schema';

const clone = (): RubricTemplate => structuredClone(DEFAULT_TEMPLATE);
const messageOf = (data: unknown): string => {
  const parsed = parseTemplate(data);
  if (parsed.ok) throw new Error('expected the template to be rejected');
  return parsed.message;
};

describe('the default template', () => {
  it('is valid JSON of the template format, as shipped', () => {
    expect(parseTemplate(defaultJson).ok).toBe(true);
    expect(DEFAULT_TEMPLATE.name).toBe('District Systems Quality Review: Equity Lens');
    expect(DEFAULT_TEMPLATE.schemaVersion).toBe(1);
  });

  it('has the four domains with the names of DESIGN.md', () => {
    expect(DEFAULT_TEMPLATE.domains.map((d) => `${d.number} ${d.name}`)).toEqual([
      '1 Student Learning and Development Outcomes',
      '2 Leadership, Management, and Accountability',
      '3 Curriculum, Instruction, and Assessment',
      '4 Engagement of Families, the Community, and Other Stakeholders',
    ]);
  });

  it('has 3-6 clusters a domain and 30-45 criteria, every id unique, every criterion complete', () => {
    for (const domain of DEFAULT_TEMPLATE.domains) {
      expect(domain.clusters.length, domain.name).toBeGreaterThanOrEqual(3);
      expect(domain.clusters.length, domain.name).toBeLessThanOrEqual(6);
    }
    const criteria = DEFAULT_TEMPLATE.domains.flatMap((d) => d.clusters.flatMap((c) => c.criteria));
    expect(criteria.length).toBeGreaterThanOrEqual(30);
    expect(criteria.length).toBeLessThanOrEqual(45);
    const ids = DEFAULT_TEMPLATE.domains.flatMap((d) => [d.id, ...d.clusters.flatMap((c) => [c.id, ...c.criteria.map((k) => k.id)])]);
    expect(new Set(ids).size).toBe(ids.length);
    for (const criterion of criteria) {
      for (const level of ['initiating', 'developing', 'established'] as const) expect(criterion.descriptors[level].length, criterion.id).toBeGreaterThan(20);
      expect(criterion.evidenceTypes.length).toBeGreaterThan(0);
    }
  });

  it('gives Domain 1 metric rules for achievement, attendance, discipline, advanced courses and graduation', () => {
    const d1 = DEFAULT_TEMPLATE.domains[0]!.clusters.flatMap((c) => c.criteria);
    const metrics = new Set(d1.flatMap((c) => (c.metricRules ?? []).map((r) => r.metric)));
    expect([...metrics].sort()).toEqual(['advanced_course_composition', 'chronic_absence_gap', 'ela_proficiency_gap', 'graduation_gap', 'math_proficiency_gap', 'oss_risk_ratio']);
  });

  it('covers the required Domain 2-4 topics', () => {
    const titles = (n: number) => DEFAULT_TEMPLATE.domains[n - 1]!.clusters.flatMap((c) => c.criteria.map((k) => `${c.name} ${k.title} ${k.looksFor}`)).join(' | ').toLowerCase();
    for (const topic of ['strategic plan', 'disaggregated data', 'diversity', 'anti-bias', '90 days', 'bias-incident', 'resources', 'implementation phase']) expect(titles(2)).toContain(topic);
    for (const topic of ['culturally responsive', 'high expectations', 'assessment', 'placement', 'gifted', 'special-education', 'tiered']) expect(titles(3)).toContain(topic);
    for (const topic of ['family', 'community partnerships', 'community schools', 'language access', 'student voice']) expect(titles(4)).toContain(topic);
  });
});

describe('malformed templates are rejected with the bad field named', () => {
  it('a missing descriptor', () => {
    const t = clone() as unknown as { domains: { clusters: { criteria: { descriptors: Record<string, unknown> }[] }[] }[] };
    delete t.domains[1]!.clusters[0]!.criteria[1]!.descriptors.developing;
    expect(messageOf(t)).toBe('domains[1].clusters[0].criteria[1].descriptors.developing: required');
  });

  it('a wrong type, an empty text, an unknown field', () => {
    const wrongType = clone() as unknown as { domains: { name: unknown }[] };
    wrongType.domains[2]!.name = 42;
    expect(messageOf(wrongType)).toBe('domains[2].name: must be a string');
    const empty = clone();
    empty.domains[0]!.clusters[1]!.criteria[0]!.title = '   ';
    expect(messageOf(empty)).toBe('domains[0].clusters[1].criteria[0].title: must not be empty');
    const extra = { ...clone(), colour: 'blue' };
    expect(messageOf(extra)).toBe('colour: is not a field of the template format');
  });

  it('a bad metric rule', () => {
    const t = clone();
    t.domains[0]!.clusters[1]!.criteria[2]!.metricRules![0]!.metric = 'vibes' as never;
    expect(messageOf(t)).toMatch(/^domains\[0\]\.clusters\[1\]\.criteria\[2\]\.metricRules\[0\]\.metric: must be one of "oss_risk_ratio"/);
    const inverted = clone();
    inverted.domains[0]!.clusters[1]!.criteria[2]!.metricRules![0]!.thresholds = { initiating: 1.2, developing: 1.5 };
    expect(messageOf(inverted)).toBe(
      'domains[0].clusters[1].criteria[2].metricRules[0].thresholds.initiating: must be at least the developing threshold (1.5) when direction is "above"',
    );
  });

  it('duplicate ids, an unknown schema version, no domains', () => {
    const t = clone();
    t.domains[3]!.clusters[1]!.criteria[0]!.id = '1.2.3';
    expect(messageOf(t)).toBe('domains[3].clusters[1].criteria[0].id: "1.2.3" is already the id of domains[0].clusters[1].criteria[2]');
    expect(messageOf({ ...clone(), schemaVersion: 2 })).toBe('schemaVersion: must be 1 (this version of EquityLens reads template format 1)');
    expect(messageOf({ ...clone(), domains: [] })).toBe('domains: must hold at least one domain');
    expect(messageOf({ ...clone(), domains: undefined })).toBe('domains: required');
  });

  it('template file text that is not JSON, or not an object', () => {
    const notJson = parseTemplateJson('{"schemaVersion": 1,');
    expect(notJson.ok).toBe(false);
    expect(!notJson.ok && notJson.message).toMatch(/^The template file is not valid JSON/);
    const list = parseTemplateJson('[1, 2]');
    expect(!list.ok && list.message).toBe('The template file must hold one JSON object.');
    expect(parseTemplateJson(JSON.stringify(DEFAULT_TEMPLATE)).ok).toBe(true);
  });

  it('carries calibration vignettes for Domains 1 and 2, each on a criterion of the template', () => {
    const vignettes = DEFAULT_TEMPLATE.calibration ?? [];
    expect(vignettes.length).toBeGreaterThanOrEqual(3);
    expect(vignettes.length).toBeLessThanOrEqual(4);
    const criteria = new Map(DEFAULT_TEMPLATE.domains.flatMap((d) => d.clusters.flatMap((c) => c.criteria.map((k) => [k.id, d.number] as const))));
    expect(new Set(vignettes.map((v) => criteria.get(v.criterionId)))).toEqual(new Set([1, 2]));
    // The agreed answers should not all be the same level, or calibration could not tell reviewers apart.
    expect(new Set(vignettes.map((v) => v.agreedLevel)).size).toBeGreaterThan(1);
  });

  it('refuses a vignette on a criterion the template lacks, or a repeated vignette id', () => {
    const vignette = DEFAULT_TEMPLATE.calibration![0]!;
    expect(messageOf({ ...clone(), calibration: [{ ...vignette, criterionId: '9.9.9' }] })).toBe('calibration[0].criterionId: "9.9.9" is not a criterion of this template');
    expect(messageOf({ ...clone(), calibration: [vignette, { ...vignette, criterionId: '1.1.2' }] })).toBe(`calibration[1].id: "${vignette.id}" is already the id of another vignette`);
    expect(messageOf({ ...clone(), calibration: [{ ...vignette, agreedLevel: 'excellent' }] })).toBe('calibration[0].agreedLevel: must be one of "initiating", "developing", "established"');
  });

  it('formats paths the way the messages print them', () => {
    expect(formatPath(['domains', 1, 'clusters', 0, 'criteria', 2, 'descriptors', 'developing'])).toBe('domains[1].clusters[0].criteria[2].descriptors.developing');
  });
});
