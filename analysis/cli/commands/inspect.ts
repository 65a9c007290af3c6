// `equitylens inspect <file> [--kind K] [--sheet NAME] [--map ...] [--code ...] [--measure M] [--level L]
// [--group-type G] [--json]`: how a file would be imported, without importing it. The file is read in a
// scratch project that is removed afterwards.
//
// --json prints { "format": 1, "file": { fileName, format, encoding, delimiter, sheet, rowsInspected, notes },
// "kind": "aggregates", "kindConfidence": 0.93, "kindCandidates": [{ kind, label, score }], "layout": "rows" | "wide",
// "mapping": [{ "column", "field" | null, "confidence", "reason", "group"?, "item"? }], "constants": [{ field, value }],
// "codes": ImportCodeReview[] (each field's values with the code each maps to and how sure that is),
// "missingRequired": [field], "measures": [{ measure, metricId | null, confidence, reason }], "problems": [sentence] }. Import it as shown with the same --map/--code options.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ImportInspection, ImportKind } from '../../api';
import { IMPORT_KINDS } from '../../import/mapping/mapping-schema';
import type { EquityLensService } from '../../service/create-service';
import { unwrap, usageError } from '../cli-errors';
import type { CommandIo, ParsedCommand } from '../command';
import { applyMappingOptions, mappingOptionsFrom } from '../mapping-options';

export const INSPECT_JSON_FORMAT = 1;

export async function inspectCommand(service: EquityLensService, command: ParsedCommand, io: CommandIo): Promise<void> {
  const file = path.resolve(command.positionals[0]!);
  const kind = command.option('kind');
  if (kind !== undefined && !(IMPORT_KINDS as readonly string[]).includes(kind)) throw usageError(`--kind must be one of ${IMPORT_KINDS.join(', ')}, not "${kind}".`);
  if (!fs.existsSync(file)) throw usageError(`There is no file at ${file}.`);
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'equitylens-inspect-'));
  try {
    unwrap(await service.createProject({ path: path.join(scratch, 'inspect.duckdb'), name: 'Inspect', districtName: 'Inspect' }));
    const base = { path: file, ...(kind ? { kind: kind as ImportKind } : {}), ...(command.option('sheet') ? { sheet: command.option('sheet') } : {}) };
    let inspection = unwrap(await service.inspectImportFile(base));
    const options = mappingOptionsFrom(command);
    if (options) {
      const mapping = applyMappingOptions(inspection.mapping, options, inspection.fields.map((f) => f.field));
      inspection = unwrap(await service.inspectImportFile({ ...base, mapping }));
    }
    if (command.flag('json')) io.out(JSON.stringify(inspectionJson(inspection), null, 2));
    else io.out(inspectionText(inspection));
  } finally {
    await service.closeProject({});
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

function inspectionJson(i: ImportInspection) {
  return {
    format: INSPECT_JSON_FORMAT,
    file: { fileName: i.file.fileName, format: i.file.format, encoding: i.file.encoding, delimiter: i.file.delimiter, sheet: i.file.sheet, rowsInspected: i.file.rowsInspected, notes: i.file.notes },
    kind: i.kind,
    kindConfidence: i.kindConfidence,
    kindCandidates: i.kindCandidates,
    layout: i.mapping.layout,
    mapping: i.suggestions.map((s) => ({ column: s.source, field: s.target, confidence: s.confidence, reason: s.reason, ...(s.group ? { group: s.group } : {}), ...(s.item ? { item: s.item } : {}) })),
    constants: i.mapping.constants,
    codes: i.codes,
    missingRequired: i.missingRequired,
    measures: i.measures ?? [],
    problems: i.problems ?? [],
  };
}

function inspectionText(i: ImportInspection): string {
  const lines = [
    `${i.file.fileName}: ${i.kind} (confidence ${i.kindConfidence.toFixed(2)})${i.mapping.layout === 'wide' ? ', wide layout' : ''}; ${i.file.rowsInspected.toLocaleString('en-US')} rows inspected`,
    ...i.suggestions.map((s) => `  ${s.source} -> ${s.target ?? '(not imported)'}${s.group ? ` [${s.group.groupType}: ${s.group.groupValue}]` : ''}${s.target ? ` ${s.confidence.toFixed(2)}` : ''}: ${s.reason}`),
    ...i.mapping.constants.map((c) => `  every row: ${c.field} = ${c.value}`),
  ];
  for (const review of i.codes) {
    const to = review.value === null ? '(not reported)' : review.value;
    lines.push(`  code ${review.field} (${review.column}) "${review.code}" x${review.count} -> ${review.status === 'unmapped' ? 'UNMAPPED' : to}${review.note ? `: ${review.note}` : ''}`);
  }
  for (const m of i.measures ?? []) lines.push(`  measure "${m.measure}": ${m.metricId ? `metric ${m.metricId} (${m.confidence.toFixed(2)})` : 'no registry metric'}: ${m.reason}`);
  if (i.missingRequired.length > 0) lines.push(`  missing (required): ${i.missingRequired.join(', ')}`);
  for (const problem of i.problems ?? []) lines.push(`  refused: ${problem}`);
  return lines.join('\n');
}
