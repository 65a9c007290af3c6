// The list of metrics, by domain and topic, as a keyboard-navigable list box.
import { Header, ListBox, ListBoxItem, ListBoxSection } from 'react-aria-components';
import type { MetricInfo } from '../../../../analysis/api';

const DOMAIN_NAMES: Record<number, string> = {
  1: 'Student outcomes',
  2: 'Leadership and staff',
  3: 'Curriculum and instruction',
  4: 'Families and climate',
};

export function MetricPicker(props: { metrics: readonly MetricInfo[]; selected: string; onSelect: (id: string) => void }) {
  const domains = [...new Set(props.metrics.map((m) => m.domain))].sort();
  return (
    <ListBox
      aria-label="Metrics"
      className="metric-picker"
      selectionMode="single"
      disallowEmptySelection
      selectedKeys={[props.selected]}
      onSelectionChange={(keys) => {
        const [key] = [...(keys as Set<string>)];
        if (key) props.onSelect(String(key));
      }}
    >
      {domains.map((domain) => (
        <ListBoxSection key={domain} className="metric-section">
          <Header className="metric-section-header">
            Domain {domain}: {DOMAIN_NAMES[domain]}
          </Header>
          {props.metrics
            .filter((m) => m.domain === domain)
            .map((m) => (
              <ListBoxItem key={m.id} id={m.id} className="metric-item" textValue={m.label}>
                {m.label}
              </ListBoxItem>
            ))}
        </ListBoxSection>
      ))}
    </ListBox>
  );
}
