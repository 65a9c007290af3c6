// The pinned Explore views of this project, as links that reopen them exactly.
import { useCallback } from 'react';
import { Button } from 'react-aria-components';
import { Link } from 'wouter';
import { useAppContext, useProject } from '../../app/app-context';
import { clearQueryCache, useServiceQuery } from '../../state/query-cache';

export function SavedViews() {
  const { client } = useAppContext();
  const projectPath = useProject((s) => s.project?.path ?? '');
  const fetchViews = useCallback(() => client.api.listSavedViews({}), [client]);
  const views = useServiceQuery(`saved-views:${projectPath}`, fetchViews);
  if (views.status !== 'ready' || views.value.length === 0) return null;
  return (
    <nav className="saved-views" aria-label="Saved views">
      <h2 className="metric-section-header">Saved views</h2>
      <ul>
        {views.value.map((v) => (
          <li key={v.viewId}>
            <Link href={`/explore?${v.query}`} className="saved-view-link">
              {v.title}
            </Link>
            <Button
              className="icon-button"
              aria-label={`Remove saved view ${v.title}`}
              onPress={async () => {
                await client.api.deleteSavedView({ viewId: v.viewId });
                clearQueryCache();
              }}
            >
              ×
            </Button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
