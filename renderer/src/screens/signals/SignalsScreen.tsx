// "What the data say": every signal of the family (gaps unlikely to be noise and large enough to matter),
// ranked by the engine and grouped by rubric cluster and criterion, with the family and settings stated.
import { useCallback, useId, useState } from 'react';
import { Checkbox } from 'react-aria-components';
import type { ProjectInfo, PublishedSignalRow } from '../../../../analysis/api';
import { useAppContext } from '../../app/app-context';
import { decodeArrow, tableRows } from '../../api/arrow';
import { useServiceQuery } from '../../state/query-cache';
import { SignalCard } from './SignalCard';
import { signalSections } from './signal-sections';

export function SignalsScreen({ project }: { project: ProjectInfo }) {
  const { client } = useAppContext();
  const [withSchools, setWithSchools] = useState(false);
  const fetchSignals = useCallback(() => client.api.getSignals({ signalsOnly: true }), [client]);
  const signals = useServiceQuery(`signals:${project.path}`, fetchSignals);
  const fetchReview = useCallback(() => client.api.getReview({}), [client]);
  const review = useServiceQuery(`review:${project.path}`, fetchReview);
  const baseId = useId();

  const header = (
    <header className="screen-header">
      <p className="eyebrow">{project.districtName}</p>
      <h1>What the data say</h1>
      <p className="lede">Gaps between each student group and all other students that are unlikely to be noise and large enough to matter, surest and largest first.</p>
    </header>
  );
  if (signals.status === 'error') return <div className="screen">{header}<p className="error-text">{signals.message}</p></div>;
  // Grouping by criterion needs the review's template: wait for it too (its error is shown, not hidden).
  if (review.status === 'error') return <div className="screen">{header}<p className="error-text">{review.message}</p></div>;
  if (signals.status !== 'ready' || review.status !== 'ready') return <div className="screen">{header}<p className="loading">Testing every gap…</p></div>;
  const { family } = signals.value;
  const all = tableRows<PublishedSignalRow>(decodeArrow(signals.value.rows)).filter((r) => r.signal && !r.suppressed);
  const rows = withSchools ? all : all.filter((r) => r.level === 'district');
  const sections = signalSections(rows, review.value.template);
  const s = family.settings;
  return (
    <div className="screen signals">
      {header}
      <section className="panel" aria-labelledby={`${baseId}-family`}>
        <h2 id={`${baseId}-family`}>How gaps were tested</h2>
        <p className="signal-settings">
          False-discovery rate (q threshold) {s.falseDiscoveryRate}; practical floor {s.floorPoints} percentage points or a risk ratio of {s.floorRatio} for rates, d = {s.floorEffectSize} for scores.{' '}
          {family.tests.toLocaleString('en-US')} tests in the family, {family.signals.toLocaleString('en-US')} signals{family.withheld > 0 ? `; ${family.withheld.toLocaleString('en-US')} cells withheld for small groups` : ''}.
        </p>
        <details>
          <summary>The family and the tests</summary>
          <p className="hint">{family.description}</p>
        </details>
        <Checkbox className="checkbox" isSelected={withSchools} onChange={setWithSchools}>
          <span className="checkbox-box" aria-hidden="true" />
          Include signals within each school ({all.filter((r) => r.level === 'school').length})
        </Checkbox>
      </section>
      {family.tests === 0 ? (
        <p className="empty-state">{family.description}</p>
      ) : rows.length === 0 ? (
        <p className="empty-state">No gap passes both tests{withSchools ? '' : ' district-wide'}: none is both unlikely to be noise and past the practical floor. That is not proof there are no gaps; small groups may simply be too small to tell.</p>
      ) : (
        sections.map((section) => (
          <section key={section.id} className="panel signal-section" aria-labelledby={`${baseId}-${section.id}`}>
            <h2 id={`${baseId}-${section.id}`}>{section.heading}</h2>
            {section.groups.map((group) => (
              <section key={group.id} aria-labelledby={`${baseId}-${group.id}`}>
                <h3 id={`${baseId}-${group.id}`}>{group.heading}</h3>
                {group.rows.map((row) => (
                  <SignalCard key={row.rank} row={row} headingId={`${baseId}-signal-${row.rank}`} />
                ))}
              </section>
            ))}
          </section>
        ))
      )}
    </div>
  );
}
