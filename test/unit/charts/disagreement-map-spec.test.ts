// The disagreement appendix's spec: every reviewer's rating drawn in its level's colour, unrated cells
// labelled, and an outline round exactly the cells of the rows the reviewers disagree on.
import * as Plot from '@observablehq/plot';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import type { ReportDisagreementMap } from '../../../analysis/api';
import { disagreementMapSpec, disagreementMapText, LEVEL_FILL } from '../../../renderer/src/charts/report/disagreement-map-spec';
import { contrastRatio, inkOn } from '../../../renderer/src/charts/explore/contrast';

const MAP: ReportDisagreementMap = {
  reviewers: ['Dana Whitfield', 'Ben Cole', 'Chi Park'],
  criteria: [
    { criterionId: '1.1.1', title: 'Reading and writing proficiency across racial and ethnic groups', domainNumber: 1, levels: ['initiating', 'initiating', 'initiating'], spread: 0, consensus: null },
    { criterionId: '1.2.3', title: 'Exclusionary discipline across racial and ethnic groups', domainNumber: 1, levels: ['developing', 'established', null], spread: 1, consensus: 'developing' },
    { criterionId: '2.1.1', title: 'An equity vision aligned with the strategic plan', domainNumber: 2, levels: ['initiating', 'established', 'developing'], spread: 2, consensus: null },
  ],
  disagreed: 2,
};

function render(options: Plot.PlotOptions): Document {
  const { document } = new JSDOM('<!doctype html><body></body>').window;
  return new JSDOM(Plot.plot({ ...options, document }).outerHTML).window.document;
}
const texts = (doc: Document) => [...doc.querySelectorAll('text')].map((t) => t.textContent ?? '');

describe('disagreement map', () => {
  it('draws each rating in its colour, outlines the disagreeing rows and writes their spread', () => {
    const doc = render(disagreementMapSpec(MAP, 640));
    const cells = [...doc.querySelectorAll('g[aria-label="cell"]')];
    // Rated cells, unrated cells, then the outline layer.
    const [rated, unrated, outline] = cells.map((g) => [...g.querySelectorAll('rect')]);
    expect(rated).toHaveLength(8);
    expect(unrated).toHaveLength(1);
    expect(new Set(rated!.map((r) => r.getAttribute('fill')))).toEqual(new Set(Object.values(LEVEL_FILL)));
    // Two disagreeing rows of three reviewers each.
    expect(outline).toHaveLength(6);
    // Plot writes a constant fill and stroke on the layer: the outline is a frame, not a fill.
    expect([cells[2]!.getAttribute('fill'), cells[2]!.getAttribute('stroke')]).toEqual(['none', '#111827']);
    expect(texts(doc)).toEqual(expect.arrayContaining(['agree', '1 level apart', '2 levels apart', 'not rated', 'Established', 'Dana Whitfield']));
    // The row labels keep the criterion id whole and shorten the title.
    expect(texts(doc)).toContain('1.1.1 Reading and writing proficiency…');
    for (const fill of Object.values(LEVEL_FILL)) expect(contrastRatio(fill, inkOn(fill))).toBeGreaterThanOrEqual(4.5);
  });

  it('says the same in words', () => {
    expect(disagreementMapText(MAP)).toBe(
      '3 criteria rated by two or more of 3 reviewers; they disagreed on 2. 1.2.3: Dana Whitfield Developing, Ben Cole Established, Chi Park not rated; consensus Developing. 2.1.1: Dana Whitfield Initiating, Ben Cole Established, Chi Park Developing; no consensus yet.',
    );
  });
});
