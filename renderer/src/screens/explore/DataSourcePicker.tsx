// The data source of an Explore chart, shown and switchable: student records or report-card aggregates.
// When both hold a metric they can disagree, so the reader is told which one the figures come from.
import type { ExploreSources } from '../../../../analysis/api';
import { SelectField } from '../../components/SelectField';
import type { ExploreView } from './view-state';

export function sourceLabel(sources: ExploreSources, chosen: ExploreView['source']): string | null {
  const id = chosen === 'auto' ? sources.automatic : chosen;
  const source = sources.sources.find((s) => s.id === id);
  return source ? `${source.label.toLowerCase()} (${source.table})` : null;
}

export function DataSourcePicker(props: { sources: ExploreSources; value: ExploreView['source']; onChange: (source: ExploreView['source']) => void }) {
  const { sources } = props;
  const automatic = sources.sources.find((s) => s.id === sources.automatic);
  const options = [
    { id: 'auto', label: automatic ? `Automatic (${automatic.label.toLowerCase()})` : 'Automatic' },
    ...sources.sources.map((s) => ({ id: s.id, label: s.available ? `${s.label} (${s.rows.toLocaleString('en-US')} rows)` : `${s.label} (none loaded)` })),
  ];
  return <SelectField label="Data source" value={props.value} options={options} onChange={(id) => props.onChange(id as ExploreView['source'])} />;
}
