// The one view descriptor: Explore, the Review's link dialog and pinned views store the same shape, the
// report redraws from it, and links stored before it named registry metrics are read in today's form.
import { describe, expect, it } from 'vitest';
import type { EvidenceItem, MetricViewDescriptor } from '../../analysis/api';
import { findMetric } from '../../analysis/metrics/registry';
import { evidenceQuery } from '../../analysis/report/report-charts';
import { DEFAULT_VIEW, metricRequest } from '../../analysis/shared/explore-view';
import { parseView } from '../../analysis/shared/explore-view-address';
import { descriptorQuery, descriptorView, migrateViewDescriptor, savedViewDescriptor, suggestionView, viewDescriptor } from '../../analysis/shared/view-descriptor';

describe('the view descriptor', () => {
  it('holds the whole Explore address, so the same view comes back', () => {
    const view = { ...DEFAULT_VIEW, metricId: 'ela_proficiency', view: 'gaps' as const, groupBy: 'econ_disadv' as const, year: 2023, reference: 'group:false', schoolLevels: ['middle'] };
    const descriptor = viewDescriptor(view, 'ELA gaps');
    expect(descriptor).toMatchObject({ metricId: 'ela_proficiency', groupType: 'econ_disadv', year: 2023, chartKind: 'gaps', title: 'ELA gaps' });
    expect(descriptorView(descriptor)).toEqual(view);
    // A pinned view (its address and title) gives the same descriptor.
    expect(savedViewDescriptor({ query: descriptorQuery(descriptor), title: 'ELA gaps' })).toEqual(descriptor);
  });

  it('the Review links a registry metric for every suggestion figure and grouping', () => {
    for (const metric of ['oss_risk_ratio', 'ela_proficiency_gap', 'math_proficiency_gap', 'chronic_absence_gap', 'advanced_course_composition', 'graduation_gap'] as const) {
      for (const groupBy of ['race_ethnicity', 'swd', 'ell', 'econ_disadv', 'homeless']) {
        const { view, title } = suggestionView(metric, groupBy);
        const descriptor = viewDescriptor(view, title);
        const registry = findMetric(descriptor.metricId);
        expect(registry, `${metric} ${groupBy}`).toBeDefined();
        expect(metricRequest(descriptorView(descriptor), 2024)).toMatchObject({ metricId: registry!.id, groupBy: [groupBy] });
      }
    }
    expect(suggestionView('chronic_absence_gap', 'econ_disadv').title).toBe('Chronic absence gap: low-income students');
  });

  it('migrates links that stored a suggestion id, and leaves current ones alone', () => {
    const old: MetricViewDescriptor = { metricId: 'ela_proficiency_gap', groupType: 'race_ethnicity', chartKind: 'gap_by_year', title: 'ELA proficiency gap by race/ethnicity, by year' };
    const migrated = migrateViewDescriptor(old);
    expect(migrated).toMatchObject({ metricId: 'ela_proficiency', groupType: 'race_ethnicity', chartKind: 'trend', title: old.title });
    expect(parseView(descriptorQuery(old))).toMatchObject({ metricId: 'ela_proficiency', view: 'trend', groupBy: 'race_ethnicity' });
    expect(migrateViewDescriptor({ metricId: 'oss_risk_ratio', groupType: 'program', chartKind: 'ratio_by_year', title: 't' })).toMatchObject({ metricId: 'out_of_school_suspension', groupType: 'swd' });
    expect(migrateViewDescriptor(migrated)).toEqual(migrated);
    // The report's redraw address for an old evidence item names the registry metric.
    const item = { evidenceId: 1, kind: 'metric_view', view: old } as EvidenceItem;
    expect(new URLSearchParams(evidenceQuery(item)).get('metric')).toBe('ela_proficiency');
  });
});
