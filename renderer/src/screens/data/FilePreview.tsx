// What the file is (format, encoding, delimiter, sheet, size) and its first rows, as the file has them.
// The rows are the user's own file on their own screen; they are not kept or logged anywhere.
import { useMemo } from 'react';
import type { ImportInspection } from '../../../../analysis/api';
import { decodeArrow } from '../../api/arrow';
import { bytes, count } from './labels';

const DELIMITER_NAME: Record<string, string> = { ',': 'comma', '\t': 'tab', '|': 'pipe', ';': 'semicolon' };

export function FileFacts({ inspection }: { inspection: ImportInspection }) {
  const { file } = inspection;
  const facts = [
    ['Format', file.format.toUpperCase()],
    ...(file.encoding ? [['Encoding', file.encoding]] : []),
    ...(file.delimiter ? [['Delimiter', DELIMITER_NAME[file.delimiter] ?? file.delimiter]] : []),
    ...(file.sheet ? [['Sheet', `${file.sheet} (headers on row ${file.headerRow})`]] : []),
    ['Size', bytes(file.bytes)],
    ['Columns', count(file.columns.length)],
    ['Rows looked at', count(file.rowsInspected)],
  ];
  return (
    <div className="file-facts">
      <dl className="facts">
        {facts.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <p className="hint fingerprint" title={file.sha256}>
        SHA-256 {file.sha256.slice(0, 16)}…
      </p>
      {file.notes.length > 0 && (
        <ul className="notes">
          {file.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

export function FilePreview({ inspection }: { inspection: ImportInspection }) {
  const rows = useMemo(() => {
    const table = decodeArrow(inspection.preview);
    const names = table.schema.fields.map((f) => f.name);
    return { names, values: Array.from({ length: table.numRows }, (_, i) => names.map((name) => table.getChild(name)?.get(i) as string | null)) };
  }, [inspection.preview]);
  return (
    <div className="table-scroll preview" tabIndex={0} role="region" aria-label={`First ${rows.values.length} rows of ${inspection.file.fileName}`}>
      <table className="data-table compact">
        <caption className="visually-hidden">First rows of {inspection.file.fileName}, as the file has them</caption>
        <thead>
          <tr>
            {rows.names.map((name, i) => (
              <th key={i} scope="col" title={name}>
                {shorten(name)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.values.map((row, i) => (
            <tr key={i}>
              {row.map((cell, j) => (
                <td key={j} className={cell === null ? 'muted' : undefined}>
                  {cell === null ? '—' : shorten(cell)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Long headers or values (a 500-character name, a 10 MB field) are cut for the screen. */
function shorten(text: string, max = 40): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
