// One colour per group identity, the same in every chart, review and project: a group's colour follows
// its group type and code (Black students are always blue), never its position in one chart's data.
import { OKABE_ITO } from '../palette';

const [BLUE, ORANGE, BLUISH_GREEN, REDDISH_PURPLE, SKY_BLUE, VERMILLION, , BLACK] = OKABE_ITO;
/** Okabe-Ito's black hides interval lines drawn over a mark and its yellow vanishes on white: greys and a dark gold stand in. */
const GREY = '#7f7f7f';
const LIGHT_GREY = '#b0b0b0';
const GOLD = '#a6761d';

/** The federal reporting groups, fixed so that a review and its follow-up draw them alike. */
const RACE_COLORS: Record<string, string> = {
  hispanic_latino: ORANGE,
  american_indian_alaska_native: REDDISH_PURPLE,
  asian: BLUISH_GREEN,
  black: BLUE,
  native_hawaiian_pacific_islander: SKY_BLUE,
  white: VERMILLION,
  two_or_more: GREY,
  middle_eastern_north_african: GOLD,
  not_reported: LIGHT_GREY,
};

/** Every other group type: its known values in reporting order, so the code decides the colour. */
const CYCLE = [BLUE, ORANGE, BLUISH_GREEN, REDDISH_PURPLE, SKY_BLUE, VERMILLION, GOLD, GREY];

export interface GroupIdentity {
  groupType: string;
  code: string;
  /** The group's place in its type's reporting order (the service's group_order), not in the data. */
  order: number;
}

export function groupColor({ groupType, code, order }: GroupIdentity): string {
  if (groupType === 'race_ethnicity') return RACE_COLORS[code] ?? LIGHT_GREY;
  // A yes/no flag: the named group is blue, everyone else grey.
  if (code === 'true') return BLUE;
  if (code === 'false') return GREY;
  if (order < 0 || order >= 10_000) return LIGHT_GREY;
  return CYCLE[order % CYCLE.length]!;
}

/** A Plot colour scale over the labels drawn, each with its group's own colour. */
export function groupColorScale(cells: readonly { groupLabel: string; color: string }[], labels: readonly string[]): { domain: string[]; range: string[] } {
  const colorOf = new Map(cells.map((c) => [c.groupLabel, c.color]));
  return { domain: [...labels], range: labels.map((l) => colorOf.get(l) ?? LIGHT_GREY) };
}

export const ALL_STUDENTS_COLOR = BLACK;
