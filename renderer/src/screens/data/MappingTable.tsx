// Column mapping review: each column of the file, a sample of its values, the field it goes to (editable),
// and how sure the suggestion is. Required fields with no column can take one value for every row.
import { Input, Label, TextField } from 'react-aria-components';
import type { ImportFieldInfo, ImportInspection, ImportMapping } from '../../../../analysis/api';
import { ChoiceSelect, type ChoiceGroup } from './ChoiceSelect';
import { NOT_IMPORTED_KEY, setColumnTarget, setConstant } from './mapping-edits';

function fieldGroups(fields: readonly ImportFieldInfo[]): ChoiceGroup[] {
  const choice = (f: ImportFieldInfo) => ({ id: f.field, label: `${f.label}${f.required ? ' (required)' : ''}`, detail: f.description });
  return [
    { title: 'Skip', choices: [{ id: NOT_IMPORTED_KEY, label: 'Not imported' }] },
    { title: 'Fields', choices: fields.filter((f) => !f.helper).map(choice) },
    { title: 'Helpers (used to derive fields)', choices: fields.filter((f) => f.helper).map(choice) },
  ];
}

function confidenceLabel(confidence: number): { text: string; tone: string } {
  if (confidence >= 0.9) return { text: 'sure', tone: 'high' };
  if (confidence >= 0.7) return { text: 'likely', tone: 'medium' };
  if (confidence > 0) return { text: 'check', tone: 'low' };
  return { text: '', tone: 'none' };
}

export function MappingTable(props: { inspection: ImportInspection; mapping: ImportMapping; samples: Map<string, string[]>; onChange: (mapping: ImportMapping) => void }) {
  const { inspection, mapping } = props;
  const groups = fieldGroups(inspection.fields);
  const fieldLabel = (field: string) => inspection.fields.find((f) => f.field === field)?.label ?? field;
  return (
    <div className="mapping">
      <div className="table-scroll">
        <table className="data-table wide mapping-table">
          <caption className="visually-hidden">Columns of the file and the fields they are imported into</caption>
          <thead>
            <tr>
              <th scope="col">Column in the file</th>
              <th scope="col">Sample values</th>
              <th scope="col">Imported as</th>
              <th scope="col">Confidence</th>
            </tr>
          </thead>
          <tbody>
            {mapping.columns.map((column) => {
              const suggestion = inspection.suggestions.find((s) => s.source === column.source);
              const confidence = suggestion && suggestion.target === column.target ? suggestion.confidence : column.target ? 1 : 0;
              const tone = confidenceLabel(confidence);
              return (
                <tr key={column.source} className={column.target ? undefined : 'muted'}>
                  <th scope="row" title={column.source}>
                    {column.source.length > 40 ? `${column.source.slice(0, 39)}…` : column.source}
                  </th>
                  <td className="samples">{(props.samples.get(column.source) ?? []).join(', ')}</td>
                  <td>
                    {column.group || column.item !== undefined ? (
                      <span>
                        {fieldLabel(column.target ?? '')}
                        {column.group ? ` for ${column.group.groupValue.replace(/_/g, ' ')} (${column.group.groupType.replace(/_/g, ' ')})` : ` of item ${column.item}`}
                      </span>
                    ) : (
                      <ChoiceSelect
                        label={`Field for column ${column.source}`}
                        value={column.target ?? NOT_IMPORTED_KEY}
                        groups={groups}
                        onChange={(id) => props.onChange(setColumnTarget(mapping, inspection.fields, column.source, id === NOT_IMPORTED_KEY ? null : id))}
                      />
                    )}
                  </td>
                  <td>
                    {tone.text && <span className={`confidence ${tone.tone}`}>{tone.text} {Math.round(confidence * 100)}%</span>}
                    {suggestion?.reason && suggestion.target === column.target && <span className="reason">{suggestion.reason}</span>}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <Constants {...props} />
    </div>
  );
}

/** Fields the file has no column for that need (or have) one value for every row. */
function Constants(props: { inspection: ImportInspection; mapping: ImportMapping; onChange: (mapping: ImportMapping) => void }) {
  const { inspection, mapping } = props;
  const fields = inspection.fields.filter((f) => inspection.missingRequired.includes(f.field) || mapping.constants.some((c) => c.field === f.field));
  if (fields.length === 0) return null;
  return (
    <div className="constants">
      <h4>One value for every row</h4>
      <p className="hint">The file has no column for these fields. Type the value that applies to all its rows.</p>
      {fields.map((field) => (
        <TextField
          key={field.field}
          className="field inline"
          value={mapping.constants.find((c) => c.field === field.field)?.value ?? ''}
          onChange={(value) => props.onChange(setConstant(mapping, field.field, value))}
        >
          <Label>
            {field.label}
            {field.codes ? ` (${field.codes.map((c) => c.code).slice(0, 6).join(', ')}${field.codes.length > 6 ? ', …' : ''})` : ''}
          </Label>
          <Input />
        </TextField>
      ))}
    </div>
  );
}
