// The Explore address: filters with several values round-trip, and views saved or linked when each filter
// held one value (saved views, evidence descriptors, shared addresses) still read, as lists of one.
import { describe, expect, it } from 'vitest';
import type { MetricViewDescriptor } from '../../analysis/api';
import { DEFAULT_VIEW, metricRequest, type ExploreView } from '../../analysis/shared/explore-view';
import { joinList, parseView, serializeView, splitList } from '../../analysis/shared/explore-view-address';
import { descriptorView, viewDescriptor } from '../../analysis/shared/view-descriptor';

describe('the Explore address', () => {
  it('round-trips several schools, districts, levels, pathways and phases', () => {
    const view: ExploreView = {
      ...DEFAULT_VIEW,
      schoolIds: ['101', '102'],
      districtIds: ['ACPS', 'CCS'],
      schoolLevels: ['elementary', 'middle'],
      pathways: ['pbis', 'restorative_practices'],
      implementationPhases: ['exploration', 'installation'],
      communitySchool: true,
      gradeBand: 'middle',
      year: 2023,
    };
    const query = serializeView(view);
    expect(new URLSearchParams(query).get('school')).toBe('101,102');
    expect(parseView(query)).toEqual(view);
    expect(metricRequest(parseView(query), 2024).filters).toEqual({
      years: [2023],
      schoolIds: ['101', '102'],
      districtIds: ['ACPS', 'CCS'],
      schoolLevels: ['elementary', 'middle'],
      grades: [6, 7, 8],
      communitySchool: true,
      pathways: ['pbis', 'restorative_practices'],
      implementationPhases: ['exploration', 'installation'],
    });
  });

  it('gives one choice one address, whatever order the values were picked in', () => {
    expect(serializeView({ ...DEFAULT_VIEW, schoolIds: ['102', '101', '102'] })).toBe(serializeView({ ...DEFAULT_VIEW, schoolIds: ['101', '102'] }));
    expect(serializeView(DEFAULT_VIEW)).toBe('metric=out_of_school_suspension&by=race_ethnicity');
  });

  it('keeps a comma or percent sign inside an id', () => {
    expect(splitList(joinList(['A,1', '50%', 'plain']))).toEqual(['A,1', '50%', 'plain']);
    const view = { ...DEFAULT_VIEW, schoolIds: ['North, Campus', '7'] };
    expect(parseView(serializeView(view)).schoolIds).toEqual(['7', 'North, Campus']);
  });

  it('reads a view saved when each filter took one value, as lists of one', () => {
    // The address a pinned view stored before: one school, one level, one pathway, one phase.
    const saved = 'metric=ela_proficiency&view=gaps&by=ell&year=2023&school=101&level=high&community=no&pathway=pbis&phase=installation&grades=high&ref=all_students&source=students';
    expect(parseView(saved)).toEqual({
      ...DEFAULT_VIEW,
      metricId: 'ela_proficiency',
      view: 'gaps',
      groupBy: 'ell',
      year: 2023,
      schoolIds: ['101'],
      schoolLevels: ['high'],
      communitySchool: false,
      pathways: ['pbis'],
      implementationPhases: ['installation'],
      gradeBand: 'high',
      reference: 'all_students',
      source: 'students',
    });
    // An evidence link keeps the address as a record; an old one with one school redraws that school.
    const linked: MetricViewDescriptor = { metricId: 'out_of_school_suspension', groupType: 'race_ethnicity', chartKind: 'groups', title: 'OSS at Lincoln', filters: { metric: 'out_of_school_suspension', by: 'race_ethnicity', school: '101', level: 'high' } };
    expect(descriptorView(linked)).toMatchObject({ schoolIds: ['101'], schoolLevels: ['high'] });
    // And a new one with two schools keeps both.
    const two = viewDescriptor({ ...DEFAULT_VIEW, schoolIds: ['101', '102'] }, 'OSS at two schools');
    expect(descriptorView(two).schoolIds).toEqual(['101', '102']);
  });

  it('drops what it cannot read instead of sending it on: unknown codes, empty items, bad years and kinds', () => {
    expect(parseView('level=high,castle,,middle&pathway=&phase=soon&year=abc&view=pie&grades=k&community=maybe&school=,101,')).toEqual({
      ...DEFAULT_VIEW,
      schoolLevels: ['high', 'middle'],
      schoolIds: ['101'],
    });
  });
});
