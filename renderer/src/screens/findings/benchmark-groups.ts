// The groups a benchmark can name for a metric: all students, each race/ethnicity or sex, or a program group.
import type { MetricInfo, MetricGroupType } from '../../../../analysis/api';
import { RACE_ETHNICITY_GROUPS, SEXES } from '../../../../analysis/shared/codes';

const FLAG_GROUPS: Partial<Record<MetricGroupType, string>> = {
  swd: 'Students with disabilities',
  ell: 'English learners',
  econ_disadv: 'Economically disadvantaged students',
  homeless: 'Students experiencing homelessness',
  section_504: 'Students with a Section 504 plan',
  foster: 'Students in foster care',
  migrant: 'Migrant students',
};

export interface GroupChoice {
  id: string;
  label: string;
  groupType: MetricGroupType | null;
  group: string | null;
}

export function benchmarkGroups(metric: MetricInfo | undefined): GroupChoice[] {
  const choices: GroupChoice[] = [{ id: 'all', label: 'All students', groupType: null, group: null }];
  if (!metric) return choices;
  if (metric.groupTypes.includes('race_ethnicity')) {
    for (const g of RACE_ETHNICITY_GROUPS) choices.push({ id: `race_ethnicity:${g.code}`, label: g.label, groupType: 'race_ethnicity', group: g.code });
  }
  if (metric.groupTypes.includes('sex')) for (const g of SEXES) choices.push({ id: `sex:${g.code}`, label: g.label, groupType: 'sex', group: g.code });
  for (const [type, label] of Object.entries(FLAG_GROUPS) as [MetricGroupType, string][]) {
    if (metric.groupTypes.includes(type)) choices.push({ id: `${type}:true`, label, groupType: type, group: 'true' });
  }
  return choices;
}

export const groupChoiceId = (groupType: string | null, group: string | null): string => (groupType && group ? `${groupType}:${group}` : 'all');
