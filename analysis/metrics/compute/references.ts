// Chooses what each group is compared with for its gap: all students, all other students, the
// highest-performing group, or a named group; and labels that choice for the table.
import { groupValueLabel, NOT_REPORTED, type GroupTypeId } from '../registry/group-types';
import type { Direction } from '../registry/metric-types';
import type { ReferenceSpec } from '../compile/metric-query';
import type { Partitions } from './partitions';

export interface ReferenceChoice {
  /** Row each partition compares with, or -1 for "all other students" (each row's own complement). */
  row: Int32Array;
  label: string[];
}

export interface ReferenceInput {
  spec: ReferenceSpec;
  direction: Direction;
  groupType: GroupTypeId | null;
  group: readonly string[];
  value: Float64Array;
  /** Whether a row is big enough to be the highest-performing group (its figure would be published). */
  eligible: (row: number) => boolean;
  totalLabel: string;
  unit: string;
  schoolNames?: ReadonlyMap<string, string>;
}

export function chooseReferences(parts: Partitions, input: ReferenceInput): ReferenceChoice {
  const row = new Int32Array(parts.count).fill(-1);
  const label = new Array<string>(parts.count).fill('');
  const name = (code: string) => (input.groupType ? groupValueLabel(input.groupType, code, input.schoolNames) : code);
  for (let p = 0; p < parts.count; p++) {
    switch (input.spec.kind) {
      case 'all_students':
        row[p] = parts.totalRow[p]!;
        label[p] = input.totalLabel;
        break;
      case 'all_others':
        label[p] = `All other ${input.unit}`;
        break;
      case 'group': {
        const target = input.spec.group ?? '';
        row[p] = findMember(parts, p, (r) => input.group[r] === target);
        label[p] = name(target);
        break;
      }
      case 'highest_performing': {
        let best = -1;
        for (let i = parts.start[p]!; i < parts.start[p + 1]!; i++) {
          const r = parts.members[i]!;
          if (input.group[r] === NOT_REPORTED || !input.eligible(r) || !Number.isFinite(input.value[r]!)) continue;
          const better = best < 0 || (input.direction === 'higher_is_better' ? input.value[r]! > input.value[best]! : input.value[r]! < input.value[best]!);
          if (better) best = r;
        }
        row[p] = best;
        label[p] = best >= 0 ? `Highest-performing: ${name(input.group[best]!)}` : 'Highest-performing group';
        break;
      }
    }
  }
  return { row, label };
}

function findMember(parts: Partitions, p: number, test: (row: number) => boolean): number {
  for (let i = parts.start[p]!; i < parts.start[p + 1]!; i++) if (test(parts.members[i]!)) return parts.members[i]!;
  return -1;
}
