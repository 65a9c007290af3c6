// A labelled, keyboard-usable select (react-aria) for the mapping tables: a column's field, a code's value.
import { Button, Header, Label, ListBox, ListBoxItem, ListBoxSection, Popover, Select, SelectValue, Text } from 'react-aria-components';

export interface Choice {
  id: string;
  label: string;
  /** Shown under the label in the list (a field's description). */
  detail?: string;
  disabled?: boolean;
}

export interface ChoiceGroup {
  title: string;
  choices: Choice[];
}

export function ChoiceSelect(props: { label: string; labelVisible?: boolean; value: string; groups: ChoiceGroup[]; onChange: (id: string) => void; className?: string; isDisabled?: boolean }) {
  const disabled = props.groups.flatMap((g) => g.choices.filter((c) => c.disabled).map((c) => c.id));
  return (
    <Select
      className={`choice-select ${props.className ?? ''}`}
      value={props.value}
      onChange={(key) => key !== null && props.onChange(String(key))}
      disabledKeys={disabled}
      isDisabled={props.isDisabled}
      aria-label={props.labelVisible ? undefined : props.label}
    >
      {props.labelVisible && <Label className="choice-label">{props.label}</Label>}
      <Button className="choice-button">
        <SelectValue />
        <span aria-hidden="true" className="choice-caret">▾</span>
      </Button>
      <Popover className="choice-popover">
        <ListBox className="choice-list">
          {props.groups.map((group) => (
            <ListBoxSection key={group.title} className="choice-section">
              {props.groups.length > 1 && <Header className="choice-header">{group.title}</Header>}
              {group.choices.map((choice) => (
                <ListBoxItem key={choice.id} id={choice.id} textValue={choice.label} className="choice-item">
                  <Text slot="label" className="choice-item-label">
                    {choice.label}
                  </Text>
                  {choice.detail && (
                    <Text slot="description" className="choice-item-detail">
                      {choice.detail}
                    </Text>
                  )}
                </ListBoxItem>
              ))}
            </ListBoxSection>
          ))}
        </ListBox>
      </Popover>
    </Select>
  );
}
