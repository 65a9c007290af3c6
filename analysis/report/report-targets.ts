// What the printed report refers to by page number: each contents line, and each gap the executive summary
// points to. The printers find each heading in the first print's outline (see print/pdf-outline.ts).
import type { ReportModel } from '../api';
import type { PageTarget } from './print/pdf-outline';

export function reportPageTargets(model: ReportModel): PageTarget[] {
  const contents = model.contents.map((entry) => ({ anchor: entry.anchor, heading: entry.title, depth: entry.level - 1 }));
  const gaps = (model.summary.gaps ?? []).flatMap((gap) => (gap.discussedAt ? [{ anchor: gap.discussedAt.anchor, heading: gap.discussedAt.heading, after: gap.discussedAt.within }] : []));
  // Charts are found after their own domain's heading: two domains may link charts of the same title.
  const charts = model.domains.flatMap((domain) => domain.charts.map((chart) => ({ anchor: chart.anchor, heading: chart.title, after: domain.anchor })));
  return [...contents, ...charts, ...gaps];
}
