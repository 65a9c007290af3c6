// Inspecting a file before importing it: format and dialect, the first rows for a preview, the detected kind,
// the suggested column and code mappings, the required fields still missing, and earlier imports of it.
import { quotedIdentifier, type DuckDBConnection } from '@duckdb/node-api';
import type { ImportInspection, ImportKind, ImportMapping } from '../api';
import { queryToArrow } from '../arrow/duckdb-to-arrow';
import { publishFilePreview } from '../privacy/publish';
import { fieldInfo, kindSpec } from './kinds';
import { ImportFailure } from './import-failure';
import { previousImports } from './log/import-log';
import { measureSuggestions } from './aggregates/measure-suggestions';
import { reviewCodes } from './mapping/code-review';
import { missingCounts, senseProblems } from './mapping/column-sense';
import { profileSource } from './mapping/column-profile';
import { requiredGaps } from './mapping/requirements';
import { suggestMapping, type MappingSuggestion } from './mapping/suggest';
import { displayName } from './normalize';
import { findProfile, profileForHeaders } from './mapping/profiles';
import { digestFileCached } from './source/file-hash';
import { openSource } from './source/open-source';

export const PREVIEW_ROWS = 20;

export interface InspectOptions {
  sheet?: string;
  kind?: ImportKind;
  profile?: string;
  /** A mapping the user edited: reviewed as given (its codes and gaps recomputed), not re-suggested. */
  mapping?: ImportMapping;
}

export async function inspectFile(connection: DuckDBConnection, path: string, options: InspectOptions = {}): Promise<ImportInspection> {
  const digest = digestFileCached(path);
  // A rejected digest is awaited below; until then it must not count as unhandled.
  digest.catch(() => undefined);
  const source = await openSource(connection, path, { sheet: options.sheet });
  try {
    const profile = await profileSource(connection, source);
    if (profile.rows === 0) throw new ImportFailure(`${source.fileName} has a header row but no data rows.`);
    const columns = source.columns.map((c) => c.name);
    const saved = options.profile ? await findProfile(connection, options.profile) : await profileForHeaders(connection, columns);
    if (options.profile && !saved) throw new ImportFailure(`There is no mapping profile named "${displayName(options.profile)}" in this project.`);
    const suggested = suggestMapping({ columns, profile, fileName: source.fileName, kind: options.mapping?.kind ?? options.kind, saved });
    const suggestion = options.mapping ? withMapping(suggested, options.mapping, columns) : suggested;
    const select = source.columns.map((c) => quotedIdentifier(c.name)).join(', ');
    const relation = source.relation({ limit: PREVIEW_ROWS });
    const preview = publishFilePreview(await queryToArrow(connection, `SELECT ${select} FROM (${relation.sql})`, relation.params));
    const { sha256 } = await digest;
    return {
      file: {
        path: source.path,
        fileName: source.fileName,
        bytes: source.bytes,
        sha256,
        format: source.format,
        encoding: source.encoding,
        delimiter: source.delimiter,
        sheets: source.sheets,
        sheet: source.sheet,
        headerRow: source.headerRow,
        columns: source.columns,
        rowsInspected: profile.rows,
        notes: source.notes,
      },
      preview,
      kind: suggestion.kind,
      kindConfidence: suggestion.kindConfidence,
      kindCandidates: suggestion.candidates,
      fields: kindSpec(suggestion.kind).fields.filter((f) => !f.derivedOnly).map(fieldInfo),
      mapping: suggestion.mapping,
      suggestions: suggestion.suggestions,
      codes: reviewCodes(suggestion.mapping, profile),
      missingRequired: requiredGaps(suggestion.mapping),
      measures: measureSuggestions(suggestion.mapping, profile),
      problems: [...senseProblems(suggestion.mapping, profile.columns), ...[missingCounts(suggestion.mapping)].flatMap((p) => (p ? [`${source.fileName} ${p}`] : []))],
      profile: suggestion.profile,
      previousImports: await previousImports(connection, sha256),
    };
  } finally {
    source.dispose();
  }
}

/** The user's own mapping over the suggestion: their targets, with the dictionary's reasons where they agree. */
function withMapping(suggested: MappingSuggestion, mapping: ImportMapping, columns: readonly string[]): MappingSuggestion {
  const known = new Set(columns);
  const unknown = mapping.columns.find((c) => !known.has(c.source));
  if (unknown) throw new ImportFailure(`The mapping names a column "${displayName(unknown.source)}" that the file does not have.`);
  const suggestions = columns.map((source) => {
    const chosen = mapping.columns.find((c) => c.source === source) ?? { source, target: null };
    const before = suggested.suggestions.find((s) => s.source === source);
    const same = before && before.target === chosen.target;
    return { ...chosen, confidence: same ? before.confidence : 1, reason: same ? before.reason : 'Your choice.' };
  });
  return { ...suggested, kind: mapping.kind, kindConfidence: 1, mapping, suggestions };
}
