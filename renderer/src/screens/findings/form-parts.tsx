// Pieces the findings forms share: a labelled list of checkboxes, and the Cancel / Save row.
import type { ReactNode } from 'react';
import { Button, Checkbox, CheckboxGroup, Label } from 'react-aria-components';

export function CheckList(props: { label: string; items: readonly { id: string; label: string }[]; value: string[]; onChange: (value: string[]) => void; empty?: ReactNode }) {
  return (
    <CheckboxGroup className="field check-list" value={props.value} onChange={props.onChange}>
      <Label>{props.label}</Label>
      {props.items.length === 0 && props.empty}
      {props.items.map((item) => (
        <Checkbox key={item.id} value={item.id} className="checkbox">
          <span className="checkbox-box" aria-hidden="true" />
          {item.label}
        </Checkbox>
      ))}
    </CheckboxGroup>
  );
}

export function FormActions(props: { saveLabel: string; canSave: boolean; onCancel: () => void }) {
  return (
    <div className="dialog-actions">
      <Button className="button" onPress={props.onCancel}>
        Cancel
      </Button>
      <Button className="button primary" type="submit" isDisabled={!props.canSave}>
        {props.saveLabel}
      </Button>
    </div>
  );
}
