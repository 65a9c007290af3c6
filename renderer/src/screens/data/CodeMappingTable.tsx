// Code mapping review: the codes in each code column with their counts and what they become. Unmapped codes
// and mere suggestions come first, for the user to decide; nothing is guessed silently.
import { useState } from 'react';
import { Button } from 'react-aria-components';
import type { ImportCodeReview, ImportFieldInfo } from '../../../../analysis/api';
import { ChoiceSelect } from './ChoiceSelect';
import { CODE_STATUS_LABEL, count } from './labels';
import { NOT_REPORTED_KEY } from './mapping-edits';

const FIRST_SHOWN = 12;

export function CodeMappingTable(props: { codes: ImportCodeReview[]; fields: ImportFieldInfo[]; onChoose: (review: ImportCodeReview, value: string | null) => void }) {
  const [showAll, setShowAll] = useState(false);
  const order = (c: ImportCodeReview) => (c.status === 'unmapped' ? 0 : c.status === 'suggested' ? 1 : 2);
  // Fields that need a decision come first, all their codes together; then the rest in mapping order.
  const fieldsFirst = [...new Set([...props.codes.filter((c) => order(c) < 2).map((c) => c.field), ...props.codes.map((c) => c.field)])];
  const sorted = [...props.codes].sort((a, b) => fieldsFirst.indexOf(a.field) - fieldsFirst.indexOf(b.field) || order(a) - order(b) || b.count - a.count);
  const undecided = sorted.filter((c) => order(c) < 2).length;
  const shown = showAll ? sorted : sorted.slice(0, Math.max(FIRST_SHOWN, undecided));
  if (props.codes.length === 0) return <p className="empty">No code columns to review.</p>;
  return (
    <div className="codes">
      <p className={undecided > 0 ? 'attention' : 'hint'}>
        {undecided > 0
          ? `${undecided} code${undecided === 1 ? '' : 's'} need${undecided === 1 ? 's' : ''} a decision. Unmapped codes are loaded as missing and listed in the report.`
          : 'Every code has a meaning. Check them if you like; you can change any of them.'}
      </p>
      <div className="table-scroll">
        <table className="data-table wide code-table">
          <caption className="visually-hidden">Codes in the file and the values they become</caption>
          <thead>
            <tr>
              <th scope="col">Field</th>
              <th scope="col">Code in the file</th>
              <th scope="col" className="numeric">Rows</th>
              <th scope="col">Status</th>
              <th scope="col">Becomes</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((review) => (
              <CodeRow key={`${review.field}\u0001${review.column}\u0001${review.code}`} review={review} field={props.fields.find((f) => f.field === review.field)} onChoose={props.onChoose} />
            ))}
          </tbody>
        </table>
      </div>
      {sorted.length > shown.length && (
        <Button className="link-button" onPress={() => setShowAll(true)}>
          Show all {count(sorted.length)} codes
        </Button>
      )}
    </div>
  );
}

function CodeRow({ review, field, onChoose }: { review: ImportCodeReview; field: ImportFieldInfo | undefined; onChoose: (review: ImportCodeReview, value: string | null) => void }) {
  const label = field?.label ?? review.field;
  const editable = field?.codes && (field.valueKind === 'code' || field.valueKind === 'flag' || field.valueKind === 'grade');
  const current = review.status === 'mapped' || review.status === 'suggested' ? (review.value ?? NOT_REPORTED_KEY) : review.status === 'not_reported' ? NOT_REPORTED_KEY : '';
  return (
    <tr className={`status-${review.status}`}>
      <th scope="row">
        {label}
        <span className="column-name">{review.column}</span>
      </th>
      <td>
        <code className="code-value">{review.code === '' ? '(blank)' : review.code}</code>
      </td>
      <td className="numeric">{count(review.count)}</td>
      <td>
        <span className={`status-badge ${review.status}`}>{CODE_STATUS_LABEL[review.status]}</span>
        {review.note && <span className="reason">{review.note}</span>}
      </td>
      <td>
        {editable ? (
          <ChoiceSelect
            label={`Value for ${label} code ${review.code === '' ? '(blank)' : review.code}`}
            value={current || '__choose__'}
            groups={[
              {
                title: 'Values',
                choices: [
                  ...(current === '' ? [{ id: '__choose__', label: 'Choose a value…', disabled: true }] : []),
                  ...field.codes!.map((c) => ({ id: c.code, label: c.label })),
                  { id: NOT_REPORTED_KEY, label: 'Not reported (missing)' },
                ],
              },
            ]}
            onChange={(id) => onChoose(review, id === NOT_REPORTED_KEY ? null : id)}
          />
        ) : (
          <span>{review.status === 'kept' ? review.code : (review.value ?? '—')}</span>
        )}
      </td>
    </tr>
  );
}
