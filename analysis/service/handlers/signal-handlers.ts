// Service methods of the signals engine: the ranked, false-discovery-controlled gaps and their settings.
import type { EquityLensApi } from '../../api';
import { readMetricOptions } from '../../metrics/metric-settings';
import { readSignalSettings, writeSignalSettings } from '../../signals/signal-settings';
import { signalsResult } from '../../signals/signals-result';
import { guard } from '../envelope';
import { readSuppressionSettings } from '../../engine/project-settings';
import type { ServiceContext } from '../service-context';

export function signalHandlers(context: ServiceContext): Pick<EquityLensApi, 'getSignals' | 'updateSignalSettings'> {
  return {
    getSignals: (request) =>
      guard(async () => {
        const database = context.project();
        const [suppression, options, settings] = await Promise.all([readSuppressionSettings(database), readMetricOptions(database.connection), readSignalSettings(database.connection)]);
        return signalsResult(database.connection, { minimumN: suppression.minimumN, ...options }, settings, request);
      }),
    updateSignalSettings: (request) =>
      guard(async () => {
        const database = context.project();
        const changes = Object.fromEntries(Object.entries(request).filter(([, v]) => v !== undefined));
        const next = { ...(await readSignalSettings(database.connection)), ...changes };
        await writeSignalSettings(database.connection, next);
        return { ...next };
      }),
  };
}
