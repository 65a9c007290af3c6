// Service methods behind the district overview screen.
import type { EquityLensApi } from '../../api';
import { enrollmentByGroup } from '../../metrics/enrollment-overview';
import { guard } from '../envelope';
import { readSuppressionSettings } from '../../engine/project-settings';
import type { ServiceContext } from '../service-context';

export function overviewHandlers(context: ServiceContext): Pick<EquityLensApi, 'getEnrollmentByGroup'> {
  return {
    getEnrollmentByGroup: (request) =>
      guard(async () => {
        const database = context.project();
        return enrollmentByGroup(database, request.groupType, await readSuppressionSettings(database));
      }),
  };
}
