/** The figures of a chart as a table beside it: for screen readers, and for copying into a report. */
export interface TrendTableRow {
  label: string;
  values: readonly number[];
}

export interface TrendTableProps {
  caption: string;
  /** The header of the row labels' column (Date, Hour). */
  rowHeader: string;
  columns: readonly string[];
  rows: readonly TrendTableRow[];
}

export function TrendTable({ caption, rowHeader, columns, rows }: TrendTableProps) {
  return (
    <div className="gw-trend-table" role="region" aria-label={caption} tabIndex={0}>
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{rowHeader}</th>
            {columns.map((column) => (
              <th key={column} scope="col" className="gw-trend-table__number">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.label}>
              <th scope="row">{row.label}</th>
              {row.values.map((value, index) => (
                <td key={columns[index] ?? index} className="gw-trend-table__number">
                  {value}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
