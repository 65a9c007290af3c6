// `equitylens signals <project> [--metric M] [--year Y] [--all] [--internal] [--json]`: the gaps unlikely
// to be noise across every Domain 1 and 2 metric, group and school, with the family of tests stated.
//
// --json prints { "format": 1, "family": SignalFamily, "rows": [{ rank, metricId, metricLabel, domain,
// topic, unit, direction, kind, groupType, groupValue, groupLabel, level, schoolId, schoolName,
// schoolYear, fromYear, n, numerator, value, referenceN, referenceValue, effect, effectLower,
// effectUpper, fromGap, riskRatio, effectSize, test, statistic, p, q, size, adverse, signal, shrunk,
// shrunkLower, shrunkUpper, ppgMoe, ppgImpacted, proportionalityIndex, eightyIndex, neededParity,
// neededInsideMargin, neededRatio, sentence, internal, suppressed, suppressionReason }] } (see
// SignalsResult in analysis/contract/signals.ts). Rates are fractions. Without --all only signals are listed.
import path from 'node:path';
import type { SignalFamily } from '../../api';
import type { EquityLensService } from '../../service/create-service';
import { unwrap, usageError } from '../cli-errors';
import type { CommandIo, ParsedCommand } from '../command';
import { parseYears } from '../metric-options';
import { arrowRows, camelRow, formatGap, formatRatio, formatValue, textTable, type Row } from '../table-output';

export const SIGNALS_JSON_FORMAT = 1;

export async function signalsCommand(service: EquityLensService, command: ParsedCommand, io: CommandIo): Promise<void> {
  const years = parseYears(command.option('year'));
  if (years && years.length > 1) throw usageError('--year takes one school year, such as 2024.');
  unwrap(await service.openProject({ path: path.resolve(command.positionals[0]!) }));
  const metricId = command.option('metric');
  const result = unwrap(
    await service.getSignals({
      ...(metricId ? { metricId } : {}),
      ...(years ? { year: years[0]! } : {}),
      signalsOnly: !command.flag('all'),
      internal: command.flag('internal'),
    }),
  );
  const rows = arrowRows(result.rows).rows.map(camelRow);
  if (command.flag('json')) io.out(JSON.stringify({ format: SIGNALS_JSON_FORMAT, family: result.family, rows }, null, 2));
  else io.out(signalsText(result.family, rows, command.flag('all')));
}

const pValue = (value: Row[string]): string => (value === null ? '' : (value as number) < 0.001 ? '<0.001' : (value as number).toFixed(3));

function signalsText(family: SignalFamily, rows: Row[], all: boolean): string {
  const headers = ['#', 'Metric', 'Group', 'Where', 'Year', 'n', 'Rate', 'Others', 'Effect', '95% interval', 'Ratio', 'p', 'q', 'Shrunk (95%)', 'Needed', 'Signal'];
  const cells = rows.map((r) => {
    const unit = String(r.unit);
    const value = (v: Row[string]) => formatValue(v as number | null, unit === 'percent' ? 'percent' : 'other');
    const gap = (v: Row[string]) => formatGap(v as number | null, unit === 'percent' ? 'percent' : 'other');
    const needed = [r.neededRatio, r.neededParity].find((v) => typeof v === 'number' && v > 0);
    return [
      String(r.rank),
      String(r.metricLabel),
      String(r.groupLabel),
      r.level === 'district' ? 'District' : String(r.schoolName ?? r.schoolId),
      r.kind === 'trend' ? `${r.fromYear}-${r.schoolYear}` : String(r.schoolYear),
      r.n === null ? (r.suppressed ? 'withheld' : '') : (r.n as number).toLocaleString('en-US'),
      value(r.value),
      value(r.referenceValue),
      gap(r.effect),
      r.effectLower === null ? '' : `${gap(r.effectLower)} to ${gap(r.effectUpper)}`,
      formatRatio(r.riskRatio as number | null),
      pValue(r.p),
      pValue(r.q),
      r.shrunk === null ? '' : `${value(r.shrunk)} (${value(r.shrunkLower)}-${value(r.shrunkUpper)})`,
      needed === undefined ? '' : (needed as number).toLocaleString('en-US'),
      r.signal ? 'yes' : '',
    ];
  });
  const sentences = rows.filter((r) => r.signal && r.sentence).slice(0, 20).map((r) => `${r.rank}. ${r.sentence}`);
  return [
    `Signals: ${family.signals.toLocaleString('en-US')} of ${family.tests.toLocaleString('en-US')} tests (false-discovery rate ${family.settings.falseDiscoveryRate}; ` +
      `floors ${family.settings.floorPoints} points, ratio ${family.settings.floorRatio}, d ${family.settings.floorEffectSize}).` +
      (family.withheld > 0 ? ` ${family.withheld.toLocaleString('en-US')} cells are withheld to protect small groups.` : ''),
    family.description,
    '',
    rows.length === 0 ? (all ? 'No cells were tested.' : 'No signals.') : textTable(headers, cells, headers.map((h) => ['#', 'n', 'Rate', 'Others', 'Effect', 'Ratio', 'p', 'q', 'Needed'].includes(h))),
    ...(sentences.length > 0 ? ['', 'In words:', ...sentences] : []),
  ].join('\n');
}
