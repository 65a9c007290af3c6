// Home: start a review, open one, or open the sample district; recent projects below.
import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useLocation } from 'wouter';
import { useAppContext, useProject } from '../app/app-context';
import { PathDialog, type PathDialogResult } from '../components/PathDialog';

export function HomeScreen() {
  const { client } = useAppContext();
  const { recent, busy, openSample, openPath, create } = useProject((s) => s);
  const [, navigate] = useLocation();
  const [dialog, setDialog] = useState<'open' | 'create' | null>(null);

  const go = async (action: Promise<boolean>) => {
    if (await action) navigate('/overview');
  };
  const openReview = async () => {
    if (!client.host.chooseProjectToOpen) return setDialog('open');
    const path = await client.host.chooseProjectToOpen();
    if (path) await go(openPath(path));
  };
  const submit = async (result: PathDialogResult) => {
    setDialog(null);
    if (dialog === 'create') await go(create({ path: result.path, name: result.name!, districtName: result.districtName! }));
    else await go(openPath(result.path));
  };

  return (
    <div className="home">
      <section className="home-intro">
        <h1>EquityLens</h1>
        <p className="lede">
          Load a district's data exports, find where outcomes differ between groups of students, rate the district's systems, and
          publish findings. Everything stays on this computer.
        </p>
        <div className="home-actions">
          <Button className="button primary large" onPress={() => setDialog('create')} isDisabled={busy !== null}>
            New review
          </Button>
          <Button className="button large" onPress={openReview} isDisabled={busy !== null}>
            Open review…
          </Button>
          <Button className="button large" onPress={() => go(openSample())} isDisabled={busy !== null}>
            Open sample district
          </Button>
        </div>
        <p className="hint">The sample district is fictional: 24 schools and three years of generated records, for trying things out.</p>
      </section>
      <section className="recent" aria-labelledby="recent-heading">
        <h2 id="recent-heading">Recent reviews</h2>
        {recent.length === 0 ? (
          <p className="empty">Reviews you open will be listed here.</p>
        ) : (
          <ul className="recent-list">
            {recent.map((project) => (
              <li key={project.path}>
                <Button className="recent-item" isDisabled={!project.exists || busy !== null} onPress={() => go(openPath(project.path))}>
                  <span className="recent-name">{project.name}</span>
                  <span className="recent-meta">
                    {project.districtName} · {project.exists ? project.path : 'file not found'}
                  </span>
                </Button>
              </li>
            ))}
          </ul>
        )}
      </section>
      {dialog && (
        <PathDialog
          mode={dialog}
          onSubmit={submit}
          onCancel={() => setDialog(null)}
          choosePath={dialog === 'create' ? client.host.chooseProjectToCreate : undefined}
        />
      )}
    </div>
  );
}
