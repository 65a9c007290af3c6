// The frame around an open project: section navigation on the left, the section on the right.
import type { ReactNode } from 'react';
import { Button } from 'react-aria-components';
import { Link, useLocation } from 'wouter';
import { useProject } from './app-context';

/** Sections in the order a review moves through them; later ones arrive with their features. */
const SECTIONS: { path: string; label: string; available: boolean }[] = [
  { path: '/overview', label: 'Overview', available: true },
  { path: '/data', label: 'Data', available: true },
  { path: '/explore', label: 'Explore', available: true },
  { path: '/signals', label: 'What the data say', available: true },
  { path: '/review', label: 'Review', available: true },
  { path: '/findings', label: 'Findings', available: true },
  { path: '/progress', label: 'Progress', available: true },
  { path: '/report', label: 'Report', available: true },
  { path: '/settings', label: 'Settings', available: true },
];

export function AppShell({ children }: { children: ReactNode }) {
  const [location, navigate] = useLocation();
  const project = useProject((s) => s.project);
  const close = useProject((s) => s.close);
  return (
    <div className="shell">
      <nav className="sidebar" aria-label="Sections">
        <Link href="/" className="brand" aria-label="EquityLens home">
          EquityLens
        </Link>
        {project && <p className="sidebar-project" title={project.path}>{project.name}</p>}
        <ul>
          {SECTIONS.map((section) => (
            <li key={section.path}>
              {section.available ? (
                <Link href={section.path} className="nav-link" aria-current={location === section.path || location.startsWith(`${section.path}/`) ? 'page' : undefined}>
                  {section.label}
                </Link>
              ) : (
                <span className="nav-link disabled" aria-disabled="true" title="Not available in this version yet">
                  {section.label}
                </span>
              )}
            </li>
          ))}
        </ul>
        <Button
          className="button subtle sidebar-close"
          onPress={async () => {
            await close();
            navigate('/');
          }}
        >
          Close review
        </Button>
      </nav>
      <main className="content" id="main">
        {children}
      </main>
    </div>
  );
}
