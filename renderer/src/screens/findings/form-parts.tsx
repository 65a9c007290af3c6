// Pieces the findings forms share: a labelled list of checkboxes, the school a record is about, and the Cancel / Save row.
import type { ReactNode } from 'react';
import { Button, Checkbox, CheckboxGroup, Label } from 'react-aria-components';
import type { SchoolSummary } from '../../../../analysis/api';
import { SelectField } from '../../components/SelectField';

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

const DISTRICT_WIDE = 'district';

/** Which school a finding or action item is about, or the whole district: a school's report carries its own. */
export function SchoolField(props: { schools: readonly SchoolSummary[]; value: string | null; onChange: (schoolId: string | null) => void }) {
  return (
    <SelectField
      label="School"
      value={props.value ?? DISTRICT_WIDE}
      options={[{ id: DISTRICT_WIDE, label: 'District-wide' }, ...props.schools.map((s) => ({ id: s.schoolId, label: s.schoolName }))]}
      onChange={(id) => props.onChange(id === DISTRICT_WIDE ? null : id)}
    />
  );
}

/** "Frederick Douglass Elementary School", for a record about one school; null for a district-wide one. */
export const schoolNameOf = (schools: readonly SchoolSummary[], schoolId: string | null | undefined): string | null =>
  schoolId ? (schools.find((s) => s.schoolId === schoolId)?.schoolName ?? schoolId) : null;
