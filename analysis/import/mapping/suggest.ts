// The suggested mapping for a file: its kind (detected, chosen, or from a saved profile), each column's field
// with a confidence and a reason, wide-layout columns, values for fields the file lacks, and blank rules.
import type { ImportKind, ImportMapping, SuggestedColumnMapping } from '../../api';
import { kindSpec } from '../kinds';
import type { SavedProfile } from './profiles';
import { resolveValue } from '../values/code-resolution';
import type { SourceProfile } from './column-profile';
import { rankKinds, scoreKind, suggestConstants, type KindCandidate } from './kind-detector';

export interface MappingSuggestion {
  kind: ImportKind;
  kindConfidence: number;
  candidates: { kind: ImportKind; label: string; score: number }[];
  mapping: ImportMapping;
  suggestions: SuggestedColumnMapping[];
  profile: string | null;
}

export interface SuggestInput {
  columns: readonly string[];
  profile: SourceProfile;
  fileName: string;
  kind?: ImportKind;
  saved?: SavedProfile | null;
}

export function suggestMapping(input: SuggestInput): MappingSuggestion {
  const ranked = rankKinds(input.columns, input.profile.columns, input.fileName);
  const candidates = ranked.map((c) => ({ kind: c.kind, label: kindSpec(c.kind).label, score: c.score }));
  const saved = input.saved && (!input.kind || input.saved.kind === input.kind) ? input.saved : null;
  const chosen = input.kind ? scoreKind(input.kind, input.columns, input.profile.columns, input.fileName) : saved ? scoreKind(saved.kind, input.columns, input.profile.columns, input.fileName) : ranked[0]!;
  const fresh = fromCandidate(chosen, input);
  const suggestion = saved ? fromProfile(saved, fresh, input) : fresh;
  const second = ranked.find((c) => c.kind !== chosen.kind);
  const kindConfidence = input.kind || saved ? 1 : confidenceOf(chosen.score, second?.score ?? 0);
  return { ...suggestion, kind: chosen.kind, kindConfidence, candidates, profile: saved?.name ?? null };
}

function confidenceOf(best: number, second: number): number {
  if (best <= 0) return 0;
  return Math.round(Math.min(0.99, 0.5 + (0.5 * (best - Math.max(second, 0))) / best) * 100) / 100;
}

function fromCandidate(candidate: KindCandidate, input: SuggestInput): Pick<MappingSuggestion, 'mapping' | 'suggestions'> {
  const suggestions: SuggestedColumnMapping[] = input.columns.map((source) => {
    const match = candidate.matches.find((m) => m.source === source);
    if (match) return { source, target: match.field, confidence: match.confidence, reason: match.reason };
    const wide = candidate.wide.find((w) => w.source === source);
    if (wide) return wide;
    return { source, target: null, confidence: 0, reason: 'No field of this kind matches its header: not imported.' };
  });
  const mapping: ImportMapping = {
    kind: candidate.kind,
    layout: candidate.wide.length > 0 ? 'wide' : 'rows',
    columns: suggestions.map(({ source, target, group, item }) => ({ source, target, ...(group ? { group } : {}), ...(item ? { item } : {}) })),
    codes: blankRules(candidate, input),
    constants: candidate.constants,
    schoolYearIs: candidate.matches.some((m) => m.field === 'school_year' && m.yearIs === 'start') ? 'start' : 'end',
  };
  return { mapping, suggestions };
}

/**
 * A yes/no column that only ever says yes (Y, X) and is otherwise blank uses blank for no: suggested as such.
 * A column with explicit noes, or only blanks, keeps blank as "not reported".
 */
function blankRules(candidate: KindCandidate, input: SuggestInput): ImportMapping['codes'] {
  const spec = kindSpec(candidate.kind);
  const codes: ImportMapping['codes'] = [];
  for (const match of candidate.matches) {
    const field = spec.fields.find((f) => f.field === match.field);
    const profile = input.profile.columns.get(match.source);
    if (!field || field.valueKind !== 'flag' || !profile || profile.nonNull === input.profile.rows) continue;
    const meanings = profile.values.map(({ value }) => resolveValue(field, value, new Map(), 'end'));
    const saysYes = meanings.some((m) => m.status === 'mapped' && m.value === 'true');
    const saysNo = meanings.some((m) => m.status === 'mapped' && m.value === 'false');
    if (saysYes && !saysNo) codes.push({ field: field.field, code: '', value: 'false' });
  }
  return codes;
}

/** A saved profile's choices for the columns this file has; new columns get the dictionary's suggestion. */
function fromProfile(saved: SavedProfile, fresh: Pick<MappingSuggestion, 'mapping' | 'suggestions'>, input: SuggestInput): Pick<MappingSuggestion, 'mapping' | 'suggestions'> {
  const byName = new Map(saved.mapping.columns.map((c) => [c.source, c]));
  const taken = new Set(saved.mapping.columns.flatMap((c) => (c.target ? [c.target] : [])));
  const suggestions = input.columns.map((source): SuggestedColumnMapping => {
    const kept = byName.get(source);
    if (kept) return { ...kept, confidence: 1, reason: `Saved profile "${saved.name}".` };
    const suggested = fresh.suggestions.find((s) => s.source === source);
    if (suggested?.target && !taken.has(suggested.target)) return { ...suggested, reason: `${suggested.reason} (new since profile "${saved.name}")` };
    return { source, target: null, confidence: 0, reason: `Not in profile "${saved.name}": not imported.` };
  });
  const mapping: ImportMapping = {
    ...saved.mapping,
    columns: suggestions.map(({ source, target, group, item }) => ({ source, target, ...(group ? { group } : {}), ...(item ? { item } : {}) })),
    constants: saved.mapping.constants.length > 0 ? saved.mapping.constants : suggestConstants(saved.kind, input.fileName, new Set(suggestions.flatMap((s) => (s.target ? [s.target] : [])))),
  };
  return { mapping, suggestions };
}
