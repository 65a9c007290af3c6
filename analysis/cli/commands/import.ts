// `equitylens import <project> <file...> [--kind K] [--profile NAME] [--sheet NAME] [--save-profile NAME]
//   [--map "Column=field"]... [--code "field:value=code"]... [--measure M] [--level L] [--group-type G]
//   [--replace | --skip] [--json]`: imports each file, mapping it automatically (or with a saved profile);
//   the mapping options are applied over that mapping (see ../mapping-options.ts), and --save-profile keeps
//   the result for next year's file.
//
// --json prints (format 1):
// { "format": 1, "project": "/abs/review.duckdb", "files": [ {
//     "file": "/abs/export.csv", "fileName": "export.csv",
//     "outcome": "imported" | "skipped" | "duplicate" | "failed", "error": null | "one-line reason",
//     "importId": 3 | null, "sha256": "...", "kind": "enrollment", "layout": "rows" | "wide",
//     "mapping": [ { "column": "sid", "field": "student_id" | null, "confidence": 0.9, "reason": "...",
//                    "group"?: { "groupType": "race_ethnicity", "groupValue": "black" }, "item"?: "BEL_01" } ],
//     "constants": [ { "field": "measure", "value": "chronic_absenteeism" } ],
//     "rowsRead": 30134, "rowsLoaded": 30134, "rowsRejected": 0, "recordsWritten": 30134,
//     "rejectedByReason": [ { "reason": "duplicate_key", "count": 2 } ],
//     "unmappedCodes": [ { "field": "race_ethnicity", "column": "race_ethnicity", "code": "D", "count": 667 } ],
//     "issues": [ { "check": "orphan", "severity": "warning", "column": "school_id", "count": 3, "message": "...", "lines": [12, 40] } ],
//     "derivedTotals": [ { "schoolYear": 2024, "level": "district", "districtId": "001", "schoolId": null, "measure": "...",
//                          "fromGroupType": "race_ethnicity", "numerator": 368, "denominator": 3600 } ] } ] }
// derivedTotals lists every all-students row the project holds that was added up from partitioning groups
// (report-card aggregates only; empty for other kinds).
// Rows read = rows loaded + rows rejected. A file that cannot be imported at all prints one line on stderr
// ("equitylens: export.csv: <reason>"); the exit code is then 2 for a bad path or argument, else 1.
import crypto from 'node:crypto';
import path from 'node:path';
import type { ImportKind, ImportMapping, ImportResult, ServiceError } from '../../api';
import { IMPORT_KINDS } from '../../import/mapping/mapping-schema';
import type { EquityLensService } from '../../service/create-service';
import { CliError, unwrap, usageError } from '../cli-errors';
import type { CommandIo, ParsedCommand } from '../command';
import { applyMappingOptions, mappingOptionsFrom } from '../mapping-options';

export const IMPORT_JSON_FORMAT = 1;

interface FileOutcome {
  file: string;
  result: ImportResult | null;
  error: CliError | null;
}

export async function importCommand(service: EquityLensService, command: ParsedCommand, io: CommandIo): Promise<void> {
  const [projectArg, ...files] = command.positionals as [string, ...string[]];
  const kind = command.option('kind');
  if (kind !== undefined && !(IMPORT_KINDS as readonly string[]).includes(kind)) throw usageError(`--kind must be one of ${IMPORT_KINDS.join(', ')}, not "${kind}".`);
  if (command.flag('replace') && command.flag('skip')) throw usageError('Use --replace or --skip, not both.');
  const project = path.resolve(projectArg);
  unwrap(await service.openProject({ path: project }));
  const outcomes: FileOutcome[] = [];
  const mappingOptions = mappingOptionsFrom(command);
  for (const file of files.map((f) => path.resolve(f))) {
    let mapping: ImportMapping | undefined;
    if (mappingOptions) {
      const inspected = await service.inspectImportFile({
        path: file,
        ...(kind ? { kind: kind as ImportKind } : {}),
        ...(command.option('profile') ? { profile: command.option('profile') } : {}),
        ...(command.option('sheet') ? { sheet: command.option('sheet') } : {}),
      });
      if (!inspected.ok) {
        outcomes.push({ file, result: null, error: errorOf(inspected.error) });
        continue;
      }
      const fields = inspected.value.fields.map((f) => f.field);
      mapping = applyMappingOptions(inspected.value.mapping, mappingOptions, fields);
    }
    const result = await service.runImport({
      taskId: `cli-${crypto.randomUUID()}`,
      path: file,
      ...(mapping ? { mapping } : {}),
      ...(kind ? { kind: kind as ImportKind } : {}),
      ...(command.option('profile') ? { profile: command.option('profile') } : {}),
      ...(command.option('sheet') ? { sheet: command.option('sheet') } : {}),
      ...(command.option('save-profile') ? { saveProfileAs: command.option('save-profile') } : {}),
      ...(command.flag('replace') ? { onDuplicate: 'replace' as const } : command.flag('skip') ? { onDuplicate: 'skip' as const } : {}),
    });
    try {
      outcomes.push({ file, result: unwrap(result), error: null });
    } catch (error) {
      // A file that cannot be imported at all does not stop the others.
      outcomes.push({ file, result: null, error: error as CliError });
    }
  }
  if (command.flag('json')) io.out(JSON.stringify({ format: IMPORT_JSON_FORMAT, project, files: outcomes.map(fileJson) }, null, 2));
  else for (const outcome of outcomes.filter((o) => o.result)) io.out(fileText(outcome.result!));
  // One line on stderr per failed file: the last one is thrown, so the command line prints it and sets the exit code.
  const failed = outcomes.filter((o) => o.error);
  for (const outcome of failed.slice(0, -1)) console.error(`equitylens: ${path.basename(outcome.file)}: ${outcome.error!.message}`);
  const last = failed.at(-1);
  if (last) throw new CliError(`${path.basename(last.file)}: ${last.error!.message}`, Math.min(...failed.map((o) => o.error!.exitCode)) as 1 | 2);
}

function errorOf(error: ServiceError): CliError {
  try {
    unwrap({ ok: false, error });
  } catch (thrown) {
    return thrown as CliError;
  }
  return new CliError(error.message, 1);
}

function fileJson({ file, result, error }: FileOutcome) {
  const q = result?.quality ?? null;
  return {
    file,
    fileName: path.basename(file),
    outcome: result ? result.outcome : 'failed',
    error: error ? error.message : null,
    importId: result?.importId ?? null,
    sha256: result?.sha256 ?? null,
    kind: result?.kind ?? null,
    layout: result?.mapping.layout ?? null,
    mapping: (result?.suggestions ?? []).map((s) => ({
      column: s.source,
      field: s.target,
      confidence: s.confidence,
      reason: s.reason,
      ...(s.group ? { group: s.group } : {}),
      ...(s.item ? { item: s.item } : {}),
    })),
    constants: result?.mapping.constants ?? [],
    rowsRead: q?.rowsRead ?? 0,
    rowsLoaded: q?.rowsLoaded ?? 0,
    rowsRejected: q?.rowsRejected ?? 0,
    recordsWritten: q?.recordsWritten ?? 0,
    rejectedByReason: q?.rejectedByReason ?? [],
    unmappedCodes: q?.unmappedCodes ?? [],
    issues: q?.issues ?? [],
    derivedTotals: result?.derivedTotals ?? [],
  };
}

const n = (value: number) => value.toLocaleString('en-US');

function fileText(result: ImportResult): string {
  if (result.outcome !== 'imported') {
    const previous = result.previousImport ? ` (import #${result.previousImport.importId}, ${result.previousImport.importedAt})` : '';
    const hint = result.outcome === 'duplicate' ? ' Nothing loaded: use --replace to load it again, or --skip.' : ' Skipped.';
    return `${result.fileName}: already imported into ${result.kind}${previous}.${hint}`;
  }
  const q = result.quality!;
  const lines = [
    `${result.fileName} -> ${result.kind}${result.mapping.layout === 'wide' ? ' (wide layout)' : ''}, import #${result.importId}`,
    `  rows read ${n(q.rowsRead)}, loaded ${n(q.rowsLoaded)}, rejected ${n(q.rowsRejected)}; ${n(q.recordsWritten)} records written`,
    `  columns: ${result.suggestions.map((s) => `${s.source} -> ${s.target ?? '(not imported)'}${s.target ? ` ${s.confidence.toFixed(2)}` : ''}`).join(', ')}`,
  ];
  const derived = result.derivedTotals ?? [];
  if (derived.length > 0) {
    const from = [...new Set(derived.map((d) => d.fromGroupType))].join(', ');
    lines.push(`  derived totals: ${n(derived.length)} all-students row(s) added up from ${from} (the file has no total for them); marked derived`);
  }
  for (const code of q.unmappedCodes) lines.push(`  unmapped code: ${code.column} "${code.code}" (${n(code.count)} rows) for ${code.field}`);
  for (const issue of q.issues.filter((i) => i.severity !== 'info')) {
    lines.push(`  ${issue.severity}: ${issue.column ? `${issue.column}: ` : ''}${issue.message}${issue.lines.length > 0 ? ` Lines ${issue.lines.join(', ')}${issue.count > issue.lines.length ? ', ...' : ''}.` : ''}`);
  }
  return lines.join('\n');
}
