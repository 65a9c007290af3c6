// The note Explore's data table (and the report's copy of it) gives a flagged group: identified or showing
// reasonable progress under 34 CFR 300.647(d), with how many students stand between it and the threshold.
import { describe, expect, it } from 'vitest';
import { exploreTable } from '../../../renderer/src/charts/explore/explore-table';
import { PERCENT } from '../../../renderer/src/charts/explore/explore-data';
import { row } from './explore-fixtures';

const note = (fields: Parameters<typeof row>[0]) => exploreTable('groups', [row(fields)], PERCENT, new Map(), 'School', 10).rows[0]!.at(-1);

describe('flag notes in the data table', () => {
  it('names identification, progress and students needed', () => {
    const black = { group_value: 'black', group_label: 'Black', value: 0.2, flagged: true };
    expect(note({ ...black, identified: true, students_needed: 45 })).toBe('Identified: past the risk-ratio threshold, without reasonable progress (45 students from the threshold).');
    expect(note({ ...black, identified: false, students_needed: 1 })).toBe('Flagged, with reasonable progress over the two prior years (1 student from the threshold).');
    // Withheld progress (null), or a row saved before these columns existed (absent): the flag alone.
    expect(note({ ...black, identified: null, students_needed: null })).toBe('Flagged: past the risk-ratio threshold.');
    expect(note(black)).toBe('Flagged: past the risk-ratio threshold.');
    expect(note({ ...black, flagged: false, identified: false, students_needed: 0 })).toBe('');
  });
});
