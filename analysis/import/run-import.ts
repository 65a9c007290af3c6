// Imports one file into its canonical table, inside the caller's transaction: map (the given mapping, a
// saved profile, or the automatic one), stage in one pass, validate, load, and log the import with its
// data-quality report and every rejected row. rows read = rows loaded + rows rejected, always.
import { quotedIdentifier, type DuckDBConnection } from '@duckdb/node-api';
import type { ImportKind, ImportLogEntry, ImportMapping, ImportResult, QualityIssue, QualityReport, SuggestedColumnMapping } from '../api';
import { rebuildDerivedTotals } from './aggregates/derived-totals';
import { percentMismatches } from './aggregates/percent-check';
import { ImportFailure } from './import-failure';
import { kindSpec } from './kinds';
import { logImport, markReplaced, previousImports } from './log/import-log';
import { readRejects, storeRejects } from './log/quality-store';
import { itemConstruct } from './mapping/code-review';
import { duplicateKeyHint, missingCounts, senseProblems } from './mapping/column-sense';
import { profileSource, type SourceProfile } from './mapping/column-profile';
import { mappedFields, requiredGaps } from './mapping/requirements';
import { suggestMapping } from './mapping/suggest';
import { displayName } from './normalize';
import { buildRecordSelect, type RecordSelect } from './mapping/plan/record-select';
import { fixUnseenCodes } from './mapping/plan/code-fixup';
import { planSlots, type Slot } from './mapping/plan/slots';
import { SqlParams } from './mapping/plan/sql-params';
import { STAGE_TABLE, stageSql } from './mapping/plan/stage-sql';
import { findProfile, profileForHeaders, saveProfile } from './mapping/profiles';
import { constantsSql } from './run/constants';
import { checkCancelled, enableProgress, withProgress, type ImportHooks } from './run/progress';
import { rejectsWithLinesSql, summarizeRejects } from './run/reject-summary';
import { digestFileCached } from './source/file-hash';
import { openSource } from './source/open-source';
import { REJECT_ERRORS_TABLE, REJECT_SCANS_TABLE, type ImportSource } from './source/source-types';
import { choicesFor } from './values/code-resolution';
import { rejectDuplicatesInFile, rejectDuplicatesOfExisting, deleteReplacedRecords } from './validate/duplicates';
import { formulaTextIssues, optionalValueIssues, orphanIssues, unmappedCodes, type LineOf } from './validate/issues';
import { misKindedIssues } from './validate/mis-kinded';
import { createRejectTables, dropRejectTables, lineOf, REJECTED_ROWS } from './validate/reject-table';
import { rejectExcluded, rejectImpossible, rejectMissing, rejectParseErrors, rejectUnreadableValues, type CheckContext } from './validate/row-checks';

export type { ImportHooks } from './run/progress';

export interface ImportRequest {
  path: string;
  sheet?: string;
  kind?: ImportKind;
  mapping?: ImportMapping;
  profile?: string;
  saveProfileAs?: string;
  onDuplicate?: 'replace' | 'skip';
}

/** Imports one file on `connection`, which the caller has in a transaction (commit on success, roll back on failure). */
export async function importFile(connection: DuckDBConnection, request: ImportRequest, hooks: ImportHooks = {}): Promise<ImportResult> {
  await enableProgress(connection);
  hooks.progress?.('reading', 0, null);
  const digest = digestFileCached(request.path, hooks.signal);
  digest.catch(() => undefined);
  const source = await openSource(connection, request.path, { sheet: request.sheet, signal: hooks.signal });
  try {
    const profile = await profileSource(connection, source);
    if (profile.rows === 0) throw new ImportFailure(`${source.fileName} has a header row but no data rows: there is nothing to import.`);
    const chosen = await chooseMapping(connection, request, source, profile);
    const { mapping } = chosen;
    const gaps = requiredGaps(mapping);
    if (gaps.length > 0) {
      const labels = gaps.map((g) => kindSpec(mapping.kind).fields.find((f) => f.field === g)?.label ?? g);
      throw new ImportFailure(
        `${source.fileName} has no column for ${labels.join(', ')} (required for ${kindSpec(mapping.kind).label.toLowerCase()}). Map a column to ${gaps.length === 1 ? 'it' : 'them'} ` +
          `(on the command line: --map "Column=${gaps[0]}"), or give one value for every row${gaps.includes('measure') ? ' (--measure NAME)' : ''}.`,
        'file_refused',
      );
    }
    // Refuse rather than guess: nothing is written when a column cannot hold what it is mapped to.
    const senseless = senseProblems(mapping, profile.columns);
    if (senseless.length > 0) throw new ImportFailure(`${source.fileName}: ${senseless.join(' ')} Nothing was imported. Map it to another field, or leave it out.`, 'file_refused');
    const noCounts = missingCounts(mapping);
    if (noCounts) throw new ImportFailure(`${source.fileName} ${noCounts}`, 'file_refused');
    const { sha256, lineFeeds } = await digest;
    const previous = await previousImports(connection, sha256, mapping.kind);
    const base = { fileName: source.fileName, sha256, kind: mapping.kind, mapping, suggestions: chosen.suggestions, previousImport: previous[0] ?? null };
    if (previous.length > 0 && request.onDuplicate !== 'replace') {
      return { ...base, outcome: request.onDuplicate === 'skip' ? 'skipped' : 'duplicate', importId: null, quality: null, profileSaved: null };
    }
    const result = await load(connection, source, profile, mapping, previous, lineFeeds, hooks);
    result.report.issues.push(...guessIssues(chosen));
    const importId = await logImport(connection, {
      fileName: source.fileName,
      sha256,
      bytes: source.bytes,
      table: mapping.kind,
      format: source.format,
      mapping,
      quality: { fileName: source.fileName, sha256, table: mapping.kind, ...result.report },
      profileName: request.saveProfileAs ?? chosen.profileName,
    });
    await storeRejects(connection, importId, rejectsWithLinesSql(result.lineOf));
    if (previous.length > 0) await markReplaced(connection, previous.map((p) => p.importId), importId);
    if (request.saveProfileAs) await saveProfile(connection, request.saveProfileAs, mapping, source.columns.map((c) => c.name));
    const rejects = await readRejects(connection, importId);
    const derivedTotals = mapping.kind === 'aggregates' ? await rebuildDerivedTotals(connection) : undefined;
    hooks.progress?.('done', result.report.rowsLoaded, result.report.rowsRead);
    return {
      ...base,
      ...(derivedTotals ? { derivedTotals } : {}),
      outcome: 'imported',
      importId,
      quality: { importId, fileName: source.fileName, sha256, table: mapping.kind, importedAt: new Date().toISOString().slice(0, 19) + 'Z', ...result.report, rejects },
      profileSaved: request.saveProfileAs ?? null,
    };
  } finally {
    await dropTempTables(connection);
    source.dispose();
  }
}

interface ChosenMapping {
  mapping: ImportMapping;
  suggestions: SuggestedColumnMapping[];
  profileName: string | null;
  /** How sure the automatic kind was (1 when chosen, given or from a profile). */
  kindConfidence: number;
}

/** Below these, an automatic guess is applied only with a warning that names it. */
const KIND_FLOOR = 0.6;
const COLUMN_FLOOR = 0.7;

/** Guesses made without the user: a kind or a column below its floor is named in the quality report. */
function guessIssues(chosen: ChosenMapping): QualityIssue[] {
  const issues: QualityIssue[] = [];
  if (chosen.kindConfidence < KIND_FLOOR) {
    issues.push({ check: 'file', severity: 'warning', column: null, count: 0, message: `The kind (${chosen.mapping.kind}) was a close call (confidence ${chosen.kindConfidence.toFixed(2)}): check it, or import with --kind.`, lines: [] });
  }
  const weak = chosen.suggestions.filter((s) => s.target && s.confidence < COLUMN_FLOOR);
  if (weak.length > 0) {
    const list = weak.slice(0, 10).map((s) => `"${displayName(s.source, 40)}" as ${s.target} (${s.confidence.toFixed(2)})`).join(', ');
    issues.push({ check: 'file', severity: 'warning', column: null, count: weak.length, message: `Guessed with low confidence: ${list}. Check them, or use --map to choose.`, lines: [] });
  }
  return issues;
}

async function chooseMapping(connection: DuckDBConnection, request: ImportRequest, source: ImportSource, profile: SourceProfile): Promise<ChosenMapping> {
  if (request.mapping) {
    if (request.kind && request.kind !== request.mapping.kind) throw new ImportFailure('The mapping is for a different kind of data than the one asked for.');
    const suggestions = request.mapping.columns.map((c) => ({ ...c, confidence: 1, reason: 'Your mapping.' }));
    return { mapping: request.mapping, suggestions, profileName: request.profile ?? null, kindConfidence: 1 };
  }
  const columns = source.columns.map((c) => c.name);
  const saved = request.profile ? await findProfile(connection, request.profile) : await profileForHeaders(connection, columns);
  if (request.profile && !saved) throw new ImportFailure(`There is no mapping profile named "${displayName(request.profile)}" in this project.`);
  const suggestion = suggestMapping({ columns, profile, fileName: source.fileName, kind: request.kind, saved });
  if (suggestion.kindConfidence === 0) throw new ImportFailure(`${source.fileName} does not look like any kind of data this app imports: no column matches a known field. Choose the kind and map the columns.`);
  return { mapping: suggestion.mapping, suggestions: suggestion.suggestions, profileName: suggestion.profile, kindConfidence: suggestion.kindConfidence };
}

interface Loaded {
  report: Omit<QualityReport, 'importId' | 'fileName' | 'sha256' | 'table' | 'importedAt' | 'rejects'>;
  lineOf: LineOf;
}

async function load(connection: DuckDBConnection, source: ImportSource, profile: SourceProfile, mapping: ImportMapping, previous: ImportLogEntry[], lineFeeds: number, hooks: ImportHooks): Promise<Loaded> {
  const slots = planSlots(mapping, source);
  await dropTempTables(connection);
  const staged = stageSql(mapping.kind, source, slots, (slot, params) => ({
    params,
    profile: profile.columns.get(slot.source),
    choices: choicesFor(slot.field.field, mapping.codes),
    yearIs: mapping.schoolYearIs,
    delimiter: source.delimiter,
  }));
  await withProgress(connection, hooks, 'reading', () => connection.run(staged.sql, staged.params.values));
  await fixUnseenCodes(connection, mapping, slots);
  const stagedRows = Number((await connection.runAndReadAll(`SELECT count(*) FROM ${STAGE_TABLE}`)).getRowsJS()[0]?.[0] ?? 0);
  checkCancelled(hooks);
  hooks.progress?.('validating', stagedRows, stagedRows);

  const recordParams = new SqlParams();
  const records = buildRecordSelect({
    kind: mapping.kind,
    layout: mapping.layout,
    slots,
    params: recordParams,
    constants: constantsSql(mapping, recordParams),
    percentScale: percentScale(slots, profile),
    responseMax: mapping.kind === 'surveys' ? await responseMax(connection, slots) : null,
    itemConstructs: new Map(slots.filter((s) => s.item !== undefined).map((s) => [s.id, itemConstruct(mapping, s.item!)])),
  });
  const parseErrors = source.capturesParseErrors && (await hasParseErrors(connection));
  await createRejectTables(connection, source, parseErrors);
  const firstRowId = BigInt(String((await connection.runAndReadAll(`SELECT coalesce(min(rowid), 0) FROM ${STAGE_TABLE}`)).getRows()[0]?.[0] ?? 0));
  const lineOfRow: LineOf = (row, stagedLine) => lineOf(source, row, stagedLine, parseErrors, firstRowId);
  const fields = mappedFields(mapping);
  const context: CheckContext = {
    connection,
    kind: mapping.kind,
    slots,
    records,
    recordParams,
    mappedFields: fields,
    columnOf: (field) => slots.find((s) => s.field.field === field)?.source ?? field,
  };
  if (parseErrors) await rejectParseErrors(context);
  await rejectUnreadableValues(context);
  await rejectExcluded(context);
  await rejectMissing(context);
  await rejectImpossible(context);
  await rejectDuplicatesInFile(connection, mapping.kind, records, recordParams, lineOfRow, mapping.layout === 'wide');
  const replacing = previous.length > 0;
  if (!replacing) await rejectDuplicatesOfExisting(connection, mapping.kind, records, recordParams);
  checkCancelled(hooks);

  const summary = await summarizeRejects(connection, lineOfRow);
  const rowsLoaded = stagedRows - summary.stagedRejected;
  const rowsRead = stagedRows + summary.parseRejected;
  const warnings = [
    ...(await optionalValueIssues(connection, mapping.kind, slots, lineOfRow)),
    ...(await formulaTextIssues(connection, slots, lineOfRow)),
    ...(await orphanIssues(connection, mapping.kind, records, recordParams, lineOfRow)),
  ];
  const unmapped = await unmappedCodes(connection, slots);
  if (summary.byReason.some((r) => r.reason === 'duplicate_key')) {
    const hint = duplicateKeyHint(mapping, profile.columns, profile.rows);
    if (hint) warnings.push({ check: 'duplicate_key', severity: 'warning', column: mapping.columns.find((c) => c.target === 'school_id' || c.target === 'student_id' || c.target === 'staff_id')?.source ?? null, count: 0, message: hint, lines: [] });
  }
  if (mapping.kind === 'aggregates') {
    warnings.push(...(await underivedDenominators(connection, records, recordParams, summary.stagedRejected > 0)));
    warnings.push(...(await percentMismatches(connection, slots, percentScale(slots, profile))));
  }
  warnings.push(...(await misKindedIssues(connection, mapping.kind, records, recordParams, summary.stagedRejected > 0)));

  hooks.progress?.('loading', 0, rowsLoaded);
  if (replacing) await deleteReplacedRecords(connection, mapping.kind, records, recordParams);
  const table = kindSpec(mapping.kind).table.name;
  const columns = records.columns.map((c) => quotedIdentifier(c)).join(', ');
  const filter = summary.stagedRejected > 0 ? ` WHERE _row NOT IN ${REJECTED_ROWS}` : '';
  const inserted = await withProgress(connection, hooks, 'loading', () =>
    connection.run(`INSERT INTO ${quotedIdentifier(table)} (${columns}) SELECT ${columns} FROM (${records.sql})${filter}`, recordParams.values),
  );
  checkCancelled(hooks);

  // Columns left out are named, so that nothing in the file is dropped without a word.
  const skipped = source.columns.map((c) => c.name).filter((name) => !mapping.columns.some((m) => m.source === name && m.target !== null));
  const skippedNote = skipped.length > 0 ? [`Not imported (no field chosen): ${skipped.slice(0, 20).map((n) => `"${displayName(n, 40)}"`).join(', ')}${skipped.length > 20 ? ` and ${skipped.length - 20} more` : ''}.`] : [];
  const issues: QualityIssue[] = [
    ...[...source.notes, ...skippedNote].map((message): QualityIssue => ({ check: 'file', severity: 'info', column: null, count: 0, message, lines: [] })),
    ...summary.issues,
    ...warnings,
    ...records.derivations.map((d): QualityIssue => ({ check: 'derived', severity: 'info', column: d.field, count: 0, message: d.message, lines: [] })),
    ...lineNote(source, lineFeeds, rowsRead),
  ];
  return {
    report: {
      rowsRead,
      rowsLoaded,
      rowsRejected: summary.parseRejected + summary.stagedRejected,
      recordsWritten: Number(inserted.rowsChanged),
      rejectedByReason: summary.byReason,
      unmappedCodes: unmapped,
      issues,
    },
    lineOf: lineOfRow,
  };
}

/** Percents written as fractions (0.25) rather than 0-100: the profile's largest value says which. */
function percentScale(slots: readonly Slot[], profile: SourceProfile): number {
  const values = slots.filter((s) => s.field.field === 'percent').flatMap((s) => profile.columns.get(s.source)?.values ?? []);
  const numbers = values.map((v) => Number(v.value.replace(/%$/, ''))).filter((n) => Number.isFinite(n));
  return numbers.length > 0 && Math.max(...numbers) <= 1 && values.every((v) => !v.value.endsWith('%')) ? 1 : 100;
}

async function responseMax(connection: DuckDBConnection, slots: readonly Slot[]): Promise<number | null> {
  const responses = slots.filter((s) => s.field.field === 'response');
  if (responses.length === 0) return null;
  const reader = await connection.runAndReadAll(`SELECT greatest(${responses.map((s) => `max(v_${s.id})`).join(', ')}) FROM ${STAGE_TABLE}`);
  const max = reader.getRowsJS()[0]?.[0];
  return max === null || max === undefined ? null : Number(max);
}

async function hasParseErrors(connection: DuckDBConnection): Promise<boolean> {
  try {
    return Number((await connection.runAndReadAll(`SELECT count(*) FROM ${REJECT_ERRORS_TABLE}`)).getRowsJS()[0]?.[0] ?? 0) > 0;
  } catch {
    return false;
  }
}

/** Line numbers count physical lines; say so when records and lines differ (blank lines, quoted line breaks). */
function lineNote(source: ImportSource, lineFeeds: number, rowsRead: number): QualityIssue[] {
  if (source.format !== 'csv') return [];
  const dataLines = lineFeeds - 1;
  if (Math.abs(dataLines - rowsRead) <= 1) return [];
  return [
    {
      check: 'file',
      severity: 'info',
      column: null,
      count: 0,
      message: `The file has about ${dataLines.toLocaleString('en-US')} data lines for ${rowsRead.toLocaleString('en-US')} rows (blank lines, line breaks inside quoted fields, or a quote that is never closed and swallows later lines): line numbers after those points may be off.`,
      lines: [],
    },
  ];
}

async function dropTempTables(connection: DuckDBConnection): Promise<void> {
  for (const table of [STAGE_TABLE, REJECT_ERRORS_TABLE, REJECT_SCANS_TABLE]) {
    await connection.run(`DROP TABLE IF EXISTS ${table}`).catch(() => undefined);
  }
  await dropRejectTables(connection).catch(() => undefined);
}

/** Report cards publish 0 for suppressed cells: a count with a 0 percent has no denominator to derive. */
async function underivedDenominators(connection: DuckDBConnection, records: RecordSelect, recordParams: SqlParams, hasRejects: boolean): Promise<QualityIssue[]> {
  if (!records.derivations.some((d) => d.field === 'denominator')) return [];
  const filter = hasRejects ? ` AND _row NOT IN ${REJECTED_ROWS}` : '';
  const reader = await connection.runAndReadAll(`SELECT count(*) FROM (${records.sql}) WHERE denominator IS NULL AND numerator IS NOT NULL${filter}`, recordParams.values);
  const count = Number(reader.getRowsJS()[0]?.[0] ?? 0);
  if (count === 0) return [];
  return [
    {
      check: 'derived',
      severity: 'warning',
      column: 'denominator',
      count,
      message: `${count.toLocaleString('en-US')} record(s) have a percent of 0 (or none), so their denominator could not be derived and is missing. Published files often write 0 for a suppressed cell: treat these counts with care.`,
      lines: [],
    },
  ];
}
