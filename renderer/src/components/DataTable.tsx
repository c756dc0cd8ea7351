import type { ReactNode } from 'react';
import { Table } from '@mantine/core';
import { useProgressive } from '../hooks/useProgressive';

export interface Column<T> {
  key: string;
  header: ReactNode;
  render: (row: T) => ReactNode;
  /** Right-align numbers so they line up. */
  numeric?: boolean;
  /** Leave out of print (action buttons). */
  screenOnly?: boolean;
}

interface DataTableProps<T> {
  /** Read by screen readers as the table's name. */
  label: string;
  columns: Column<T>[];
  rows: readonly T[];
  rowKey: (row: T) => string | number;
  /** Shown instead of an empty table. */
  empty?: ReactNode;
  minWidth?: number;
  rowProps?: (row: T) => React.ComponentProps<'tr'>;
}

export function DataTable<T>({ label, columns, rows, rowKey, empty, minWidth = 640, rowProps }: DataTableProps<T>) {
  const drawn = useProgressive(rows.length);
  if (rows.length === 0 && empty) return <>{empty}</>;
  const cellClass = (c: Column<T>) => (c.screenOnly ? 'no-print' : undefined);
  return (
    // A table wider than the window scrolls sideways; keyboard users must reach that scroll too (WCAG 2.1.1),
    // so the scrolling box is a focusable region named after the table.
    <Table.ScrollContainer
      minWidth={minWidth}
      scrollAreaProps={{ viewportProps: { tabIndex: 0, role: 'region', 'aria-label': label } }}
    >
      <Table aria-label={label} striped highlightOnHover verticalSpacing="sm" horizontalSpacing="md">
        <Table.Thead>
          <Table.Tr>
            {columns.map((c) => (
              <Table.Th key={c.key} scope="col" ta={c.numeric ? 'right' : undefined} className={cellClass(c)}>
                {c.header}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.slice(0, drawn).map((row) => (
            <Table.Tr key={rowKey(row)} {...rowProps?.(row)}>
              {columns.map((c) => (
                <Table.Td
                  key={c.key}
                  ta={c.numeric ? 'right' : undefined}
                  style={c.numeric ? { whiteSpace: 'nowrap' } : undefined}
                  className={cellClass(c)}
                >
                  {c.render(row)}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
