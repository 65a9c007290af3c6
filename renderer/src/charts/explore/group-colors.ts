// One colour per group, the same on every chart: Okabe-Ito by the group's position in its group type.
import { OKABE_ITO } from '../palette';

/** Colours in group order; the order comes from the group type's reporting order, not the data. */
export function groupColorScale(groupOrder: readonly string[]): { domain: string[]; range: string[] } {
  const domain = [...groupOrder];
  // Yellow (#F0E442) is hard to see on white as a thin line; it is used last.
  // Black hides interval lines drawn over a bar, so a mid grey takes its place.
  const palette: string[] = [...OKABE_ITO.filter((c) => c !== '#F0E442' && c !== '#000000'), '#999999', '#F0E442'];
  return { domain, range: domain.map((_, i) => palette[i % palette.length]!) };
}
