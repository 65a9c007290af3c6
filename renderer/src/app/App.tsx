// Routes (hash-based, so a view's state lives in its address) and app-wide status and errors.
import { useEffect } from 'react';
import { Button } from 'react-aria-components';
import { Redirect, Route, Router, Switch, useLocation } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { AppShell } from './AppShell';
import { useAppContext, useProject } from './app-context';
import { DataScreen } from '../screens/DataScreen';
import { ExploreScreen } from '../screens/explore/ExploreScreen';
import { HomeScreen } from '../screens/HomeScreen';
import { OverviewScreen } from '../screens/OverviewScreen';
import { ReviewSection } from '../screens/review/ReviewSection';
import { FindingsScreen } from '../screens/findings/FindingsScreen';
import { PrintReport } from '../screens/report/PrintReport';
import { ProgressScreen } from '../screens/progress/ProgressScreen';
import { ReportScreen } from '../screens/report/ReportScreen';
import { SettingsScreen } from '../screens/settings/SettingsScreen';
import { SignalsScreen } from '../screens/signals/SignalsScreen';

export function App() {
  return (
    <Router hook={useHashLocation}>
      <MenuCommands />
      <StatusBar />
      <Routes />
    </Router>
  );
}

function Routes() {
  const project = useProject((s) => s.project);
  const loaded = useProject((s) => s.loaded);
  if (!loaded) return null;
  return (
    <Switch>
      <Route path="/">
        <main className="home-main" id="main">
          <HomeScreen />
        </main>
      </Route>
      {project && (
        // The report alone, no app frame: what Export PDF and the command line print (issue 7).
        <Route path="/print-report">
          <PrintReport />
        </Route>
      )}
      {!project && <Redirect to="/" />}
      {project && (
        <Route path="/overview">
          <AppShell>
            <OverviewScreen project={project} />
          </AppShell>
        </Route>
      )}
      {project && (
        <Route path="/data">
          <AppShell>
            <DataScreen project={project} />
          </AppShell>
        </Route>
      )}
      {project && (
        <Route path="/explore">
          <AppShell>
            <ExploreScreen project={project} />
          </AppShell>
        </Route>
      )}
      {project && (
        <Route path="/signals">
          <AppShell>
            <SignalsScreen project={project} />
          </AppShell>
        </Route>
      )}
      {project && (
        // The review section parses its own sub-paths: /review, /review/<domain>/<cluster>, /review/audit, /review/templates.
        <Route path={/^\/review(?:\/.*)?$/}>
          <AppShell>
            <ReviewSection project={project} />
          </AppShell>
        </Route>
      )}
      {project && (
        <Route path="/findings">
          <AppShell>
            <FindingsScreen project={project} />
          </AppShell>
        </Route>
      )}
      {project && (
        <Route path="/progress">
          <AppShell>
            <ProgressScreen project={project} />
          </AppShell>
        </Route>
      )}
      {project && (
        <Route path="/report">
          <AppShell>
            <ReportScreen project={project} />
          </AppShell>
        </Route>
      )}
      {project && (
        <Route path="/settings">
          <AppShell>
            <SettingsScreen project={project} />
          </AppShell>
        </Route>
      )}
      <Route>
        <Redirect to={project ? '/overview' : '/'} />
      </Route>
    </Switch>
  );
}

/** Busy and error messages, announced politely to screen readers. */
function StatusBar() {
  const { busy, error, dismissError } = useProject((s) => s);
  return (
    <div className="status-region" role="status" aria-live="polite">
      {busy && <div className="status busy">{busy}</div>}
      {error && (
        <div className="status error" role="alert">
          <span>{error}</span>
          <Button className="link-button" onPress={dismissError}>
            Dismiss
          </Button>
        </div>
      )}
    </div>
  );
}

/** The desktop menu's commands (New review, Open review, ...) arrive here. */
function MenuCommands() {
  const { client } = useAppContext();
  const { openSample, openPath, close } = useProject((s) => s);
  const [, navigate] = useLocation();
  useEffect(
    () =>
      client.host.onMenuCommand(async (command) => {
        if (command === 'open-sample' && (await openSample())) navigate('/overview');
        if (command === 'open-review') {
          const path = await client.host.chooseProjectToOpen?.();
          if (path && (await openPath(path))) navigate('/overview');
        }
        if (command === 'new-review') navigate('/');
        if (command === 'close-review') {
          await close();
          navigate('/');
        }
      }),
    [client, openSample, openPath, close, navigate],
  );
  return null;
}
