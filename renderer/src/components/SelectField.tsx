// An accessible labelled drop-down (React Aria Select) for a list of plain options.
import { Button, Label, ListBox, ListBoxItem, Popover, Select, SelectValue } from 'react-aria-components';

export interface SelectOption {
  id: string;
  label: string;
}

export function SelectField(props: { label: string; value: string; options: readonly SelectOption[]; onChange: (id: string) => void; className?: string }) {
  return (
    <Select className={`select-field ${props.className ?? ''}`} selectedKey={props.value} onSelectionChange={(key) => key !== null && props.onChange(String(key))}>
      <Label>{props.label}</Label>
      <Button className="select-button">
        <SelectValue />
        <span aria-hidden="true" className="select-caret">▾</span>
      </Button>
      <Popover className="select-popover">
        <ListBox className="select-list" items={props.options}>
          {(option) => (
            <ListBoxItem id={option.id} className="select-item" textValue={option.label}>
              {option.label}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </Select>
  );
}
