// One colour-blind-safe palette (Okabe-Ito), used the same way for the same groups everywhere.

export const OKABE_ITO = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#000000'] as const;

/** Years are ordered, so they take a sequential ramp rather than category colours. */
export const YEAR_RAMP = ['#c6dbef', '#6baed6', '#2171b5', '#08306b'] as const;

export function yearColors(count: number): string[] {
  if (count <= 1) return [YEAR_RAMP[2]];
  return Array.from({ length: count }, (_, i) => YEAR_RAMP[Math.round((i * (YEAR_RAMP.length - 1)) / (count - 1))]!);
}
