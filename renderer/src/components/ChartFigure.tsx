// A chart with its title, one-sentence subtitle, text alternative and a toggle for its data table.
import { useId, useState, type ReactNode } from 'react';
import { Button } from 'react-aria-components';

export interface DataTableSpec {
  columns: string[];
  rows: (string | number)[][];
}

export function ChartFigure(props: {
  title: string;
  subtitle: string;
  note?: string;
  /** Definition, year and N: what every chart states about itself. */
  footer?: string;
  /** What the marks mean (bars, intervals, limits). */
  legend?: string;
  table: DataTableSpec;
  /** Buttons shown beside the data-table toggle (export, pin, add as evidence). */
  actions?: ReactNode;
  children: ReactNode;
}) {
  const [showTable, setShowTable] = useState(false);
  const tableId = useId();
  return (
    <figure className="chart-figure">
      <figcaption>
        <h3>{props.title}</h3>
        <p className="subtitle">{props.subtitle}</p>
      </figcaption>
      {props.children}
      {props.footer && <p className="chart-footer">{props.footer}</p>}
      {props.legend && <p className="chart-legend">{props.legend}</p>}
      {props.note && <p className="chart-note">{props.note}</p>}
      <div className="chart-actions">
        <Button className="link-button" onPress={() => setShowTable((s) => !s)} aria-expanded={showTable} aria-controls={tableId}>
          {showTable ? 'Hide data table' : 'Show data table'}
        </Button>
        {props.actions}
      </div>
      {showTable && (
        <div className="table-scroll" id={tableId}>
          <table className="data-table">
            <caption className="visually-hidden">{props.title}</caption>
            <thead>
              <tr>{props.table.columns.map((c) => <th key={c} scope="col">{c}</th>)}</tr>
            </thead>
            <tbody>
              {props.table.rows.map((row, i) => (
                <tr key={i}>{row.map((cell, j) => (j === 0 ? <th key={j} scope="row">{cell}</th> : <td key={j}>{cell}</td>))}</tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </figure>
  );
}
