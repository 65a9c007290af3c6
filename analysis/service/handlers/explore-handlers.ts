// Service methods for Explore's pinned views, kept in the project's settings so they travel with it.
import crypto from 'node:crypto';
import { z } from 'zod';
import type { EquityLensApi, SavedView } from '../../api';
import type { ProjectDatabase } from '../../engine/project-database';
import { guard } from '../envelope';
import type { ServiceContext } from '../service-context';

const KEY = 'saved_views';
const savedViews = z.array(z.object({ viewId: z.string(), title: z.string(), query: z.string(), savedAt: z.string() }));

async function read(database: ProjectDatabase): Promise<SavedView[]> {
  const reader = await database.connection.runAndReadAll('SELECT value::VARCHAR FROM app.settings WHERE key = $1', [KEY]);
  const raw = reader.getRowsJS()[0]?.[0];
  const parsed = typeof raw === 'string' ? savedViews.safeParse(JSON.parse(raw)) : null;
  return parsed?.success ? parsed.data : [];
}

async function write(database: ProjectDatabase, views: SavedView[]): Promise<SavedView[]> {
  await database.connection.run(
    'INSERT INTO app.settings (key, value, updated_at) VALUES ($1, $2::JSON, current_timestamp) ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at',
    [KEY, JSON.stringify(views)],
  );
  return views;
}

export function exploreHandlers(context: ServiceContext): Pick<EquityLensApi, 'listSavedViews' | 'saveView' | 'deleteSavedView'> {
  return {
    listSavedViews: () => guard(() => read(context.project())),
    saveView: (request) =>
      guard(async () => {
        const database = context.project();
        const views = (await read(database)).filter((v) => v.query !== request.query);
        return write(database, [{ viewId: crypto.randomUUID(), title: request.title, query: request.query, savedAt: new Date().toISOString() }, ...views]);
      }),
    deleteSavedView: (request) =>
      guard(async () => {
        const database = context.project();
        return write(database, (await read(database)).filter((v) => v.viewId !== request.viewId));
      }),
  };
}
