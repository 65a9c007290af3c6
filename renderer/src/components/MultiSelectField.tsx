// An accessible labelled drop-down that chooses any number of options (React Aria Select in multiple
// selection mode): nothing chosen means "all", each option shows a check box, and a clear button returns to all.
import { Button, Label, ListBox, ListBoxItem, Popover, Select, SelectValue } from 'react-aria-components';
import type { SelectOption } from './SelectField';

/** Past one, the button counts the choices ("2 schools"), so the filter row stays one line at 1024 px; the list shows which. */
const LISTED = 1;

export function MultiSelectField(props: {
  label: string;
  /** What nothing chosen means, and the clear button's name: "All schools". */
  allLabel: string;
  /** The plural for a count of choices: "schools". */
  noun: string;
  value: readonly string[];
  options: readonly SelectOption[];
  onChange: (ids: string[]) => void;
}) {
  const { value, options } = props;
  // A value the options do not hold (an old link, a school since removed) is still shown, so it can be cleared.
  const items = [...options, ...value.filter((id) => !options.some((o) => o.id === id)).map((id) => ({ id, label: id }))];
  // The choices in the list's order (the address keeps them sorted by id).
  const chosen = items.filter((o) => value.includes(o.id)).map((o) => o.id);
  return (
    <div className="multi-select">
      <Select
        className="select-field"
        selectionMode="multiple"
        placeholder={props.allLabel}
        value={chosen}
        onChange={(keys) => props.onChange(keys.map(String))}
      >
        <Label>{props.label}</Label>
        <Button className="select-button">
          <SelectValue>{({ isPlaceholder, selectedText }) => (isPlaceholder ? props.allLabel : value.length > LISTED ? `${value.length} ${props.noun}` : selectedText)}</SelectValue>
          <span aria-hidden="true" className="select-caret">▾</span>
        </Button>
        <Popover className="select-popover">
          <ListBox className="select-list" items={items}>
            {(option) => (
              <ListBoxItem id={option.id} className="select-item multi-select-item" textValue={option.label}>
                <span className="check-box" aria-hidden="true" />
                {option.label}
              </ListBoxItem>
            )}
          </ListBox>
        </Popover>
      </Select>
      {value.length > 0 && (
        <Button className="link-button multi-select-clear" aria-label={`Clear ${props.label.toLowerCase()}`} onPress={() => props.onChange([])}>
          Clear
        </Button>
      )}
    </div>
  );
}
