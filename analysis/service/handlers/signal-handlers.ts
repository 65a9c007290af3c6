// Service methods of the signals engine: the ranked, false-discovery-controlled gaps and their settings.
import type { EquityLensApi } from '../../api';
import { readSignalSettings, writeSignalSettings } from '../../signals/signal-settings';
import { projectSignals } from '../../signals/signals-cache';
import { requestedMetric, signalsAnswer } from '../../signals/signals-result';
import { guard } from '../envelope';
import type { ServiceContext } from '../service-context';

export function signalHandlers(context: ServiceContext): Pick<EquityLensApi, 'getSignals' | 'updateSignalSettings'> {
  return {
    getSignals: (request) =>
      guard(async () => {
        requestedMetric(request);
        // Remembered per data version: the screen, the suggestions and the report share one search.
        const { found, settings } = await projectSignals(context.project(), { year: request.year ?? null, internal: request.internal === true });
        return signalsAnswer(found, settings, request);
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
