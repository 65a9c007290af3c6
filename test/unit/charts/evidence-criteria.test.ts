// "Add as evidence" proposes the criteria whose rating rules read the chart's metric, on the real default template.
import { describe, expect, it } from 'vitest';
import { DEFAULT_TEMPLATE } from '../../../analysis/review/default-template';
import { criteriaForChart } from '../../../renderer/src/charts/explore/evidence-criteria';

const proposed = (metricId: string, groupType: string) => criteriaForChart(DEFAULT_TEMPLATE, metricId, groupType).filter((c) => c.proposed).map((c) => c.id);

describe('criteria proposed for a chart', () => {
  it('proposes the discipline criteria for suspension, the race/ethnicity one first for a chart by race', () => {
    expect(proposed('out_of_school_suspension', 'race_ethnicity')).toEqual(['1.2.3', '1.2.4']);
    // By disability status, the criterion whose rule looks at program groups comes first.
    const bySwd = proposed('out_of_school_suspension', 'swd');
    expect(new Set(bySwd)).toEqual(new Set(['1.2.3', '1.2.4']));
    const rules = (id: string) => DEFAULT_TEMPLATE.domains.flatMap((d) => d.clusters.flatMap((c) => c.criteria)).find((k) => k.id === id)!.metricRules!;
    expect(rules(bySwd[0]!).some((r) => r.groupType === 'program')).toBe(true);
  });

  it('proposes reading, attendance, coursework and graduation criteria for their metrics', () => {
    expect(proposed('ela_proficiency', 'race_ethnicity')).toContain('1.1.1');
    expect(proposed('chronic_absenteeism', 'race_ethnicity')[0]).toBe('1.2.1');
    // The AP/IB composition rule reads the AP/IB enrollment metric (the one its figures come from).
    expect(proposed('ap_ib_enrollment', 'race_ethnicity')).toEqual(['1.3.1']);
    expect(proposed('graduation_4_year', 'race_ethnicity')[0]).toBe('1.3.3');
  });

  it('proposes nothing for a metric no rule reads, and still lists every criterion to choose from', () => {
    expect(proposed('staff_representation', 'race_ethnicity')).toEqual([]);
    const all = criteriaForChart(DEFAULT_TEMPLATE, 'staff_representation', 'race_ethnicity');
    const count = DEFAULT_TEMPLATE.domains.flatMap((d) => d.clusters.flatMap((c) => c.criteria)).length;
    expect(all).toHaveLength(count);
    expect(all[0]!.id).toBe(DEFAULT_TEMPLATE.domains[0]!.clusters[0]!.criteria[0]!.id);
  });
});
