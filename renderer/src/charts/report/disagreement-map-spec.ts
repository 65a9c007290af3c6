// Pure spec builder for the disagreement appendix: criteria down, reviewers across, each cell the
// reviewer's own level in the report's rating colours; rows where the reviewers disagree are outlined
// and their spread written in a last column, so disagreement reads without colour too.
import * as Plot from '@observablehq/plot';
import type { RatingLevel, ReportDisagreementMap } from '../../../../analysis/api';
import { LEVEL_LABELS } from '../../../../analysis/shared/review-levels';
import { inkOn } from '../explore/contrast';
import { wrapLabel } from '../explore/heatmap-spec';

/** The rubric heat map's colours, so both read alike. */
export const LEVEL_FILL: Record<RatingLevel, string> = { initiating: '#b42318', developing: '#f2c14e', established: '#12633a' };
const UNRATED_FILL = '#f1f5f9';
const OUTLINE = '#111827';
const SPREAD_COLUMN = 'Spread';

interface Cell {
  row: string;
  column: string;
  level: RatingLevel | null;
  disagreed: boolean;
}

/** A title cut at a word, so the label never ends mid-word: "Exclusionary discipline across…". */
function shortTitle(title: string, max = 34): string {
  if (title.length <= max) return title;
  const cut = title.lastIndexOf(' ', max - 1);
  return `${title.slice(0, cut > 0 ? cut : max - 1)}…`;
}

/** "1.2.3 Exclusionary discipline across…": the id finds the criterion, the words remind. */
export const rowLabel = (c: ReportDisagreementMap['criteria'][number]): string => `${c.criterionId} ${shortTitle(c.title)}`;
export const spreadText = (spread: number): string => (spread === 0 ? 'agree' : `${spread} level${spread === 1 ? '' : 's'} apart`);

export function disagreementMapSpec(map: ReportDisagreementMap, width: number): Plot.PlotOptions {
  const rows = map.criteria.map(rowLabel);
  const cells: Cell[] = map.criteria.flatMap((c) => map.reviewers.map((reviewer, i) => ({ row: rowLabel(c), column: reviewer, level: c.levels[i] ?? null, disagreed: c.spread > 0 })));
  const spreads = map.criteria.map((c) => ({ row: rowLabel(c), column: SPREAD_COLUMN, text: spreadText(c.spread), disagreed: c.spread > 0 }));
  const lines = Math.max(1, ...map.reviewers.map((r) => wrapLabel(r).split('\n').length));
  const rated = cells.filter((c) => c.level !== null);
  return {
    width,
    height: rows.length * 24 + lines * 13 + 30,
    marginLeft: 230,
    marginRight: 4,
    marginTop: lines * 13 + 16,
    marginBottom: 4,
    style: { fontSize: '10px' },
    x: { domain: [...map.reviewers, SPREAD_COLUMN], axis: null },
    y: { domain: rows, label: null, tickSize: 0 },
    marks: [
      Plot.axisX({ anchor: 'top', tickFormat: (label: string) => wrapLabel(label), tickSize: 0, lineHeight: 1.1, label: null }),
      Plot.cell(rated, { x: 'column', y: 'row', fill: (c: Cell) => LEVEL_FILL[c.level!], inset: 1 }),
      Plot.text(rated, { x: 'column', y: 'row', text: (c: Cell) => LEVEL_LABELS[c.level!], fill: (c: Cell) => inkOn(LEVEL_FILL[c.level!]) }),
      Plot.cell(cells.filter((c) => c.level === null), { x: 'column', y: 'row', fill: UNRATED_FILL, inset: 1 }),
      Plot.text(cells.filter((c) => c.level === null), { x: 'column', y: 'row', text: () => 'not rated', fill: '#475569', fontStyle: 'italic' }),
      // The highlight: a heavy outline round every cell of a row the reviewers disagree on.
      Plot.cell(cells.filter((c) => c.disagreed), { x: 'column', y: 'row', fill: 'none', stroke: OUTLINE, strokeWidth: 2, inset: 1 }),
      Plot.text(spreads.filter((d) => d.disagreed), { x: 'column', y: 'row', text: 'text', fill: OUTLINE, fontWeight: 700 }),
      Plot.text(spreads.filter((d) => !d.disagreed), { x: 'column', y: 'row', text: 'text', fill: '#475569' }),
    ],
  };
}

/** The map in words, for its text alternative: how many disagreed, and each disagreement's ratings. */
export function disagreementMapText(map: ReportDisagreementMap): string {
  const head = `${map.criteria.length} criteria rated by two or more of ${map.reviewers.length} reviewers; they disagreed on ${map.disagreed}.`;
  const each = map.criteria
    .filter((c) => c.spread > 0)
    .map((c) => `${c.criterionId}: ${map.reviewers.map((r, i) => `${r} ${c.levels[i] ? LEVEL_LABELS[c.levels[i]] : 'not rated'}`).join(', ')}${c.consensus ? `; consensus ${LEVEL_LABELS[c.consensus]}` : '; no consensus yet'}.`);
  return [head, ...each].join(' ');
}
