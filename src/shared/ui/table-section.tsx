/**
 * A section of a screen holding one table: its heading (which names the section), a caption, the column
 * headers, and the rows the caller gives (a row header `th scope="row"` first). The table scrolls sideways
 * on a narrow phone rather than squeezing its columns.
 */
import { useId, type ReactNode } from 'react';
import './table-section.css';

export interface TableSectionProps {
  title: string;
  caption: string;
  columns: readonly string[];
  children: ReactNode;
}

export function TableSection({ title, caption, columns, children }: TableSectionProps) {
  const titleId = useId();
  return (
    <section className="gw-section gw-table-section" aria-labelledby={titleId}>
      <h2 id={titleId}>{title}</h2>
      <div className="gw-table-section__scroll">
        <table className="gw-table-section__table">
          <caption>{caption}</caption>
          <thead>
            <tr>
              {columns.map((column) => (
                <th key={column} scope="col">
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>{children}</tbody>
        </table>
      </div>
    </section>
  );
}
