import { Fragment, type ReactNode } from 'react';
import { Text } from '@mantine/core';

/** The rules in words as a description list: the committee's own, or those of one meeting. */
export function RulesList({ rows }: { rows: { term: string; text: ReactNode; testId?: string }[] }) {
  return (
    <dl style={{ margin: 0 }}>
      {rows.map((row, i) => (
        <Fragment key={row.term}>
          <Text component="dt" fw={600} size="sm">
            {row.term}
          </Text>
          <Text component="dd" size="sm" ml={0} mb={i < rows.length - 1 ? 'xs' : undefined} data-testid={row.testId}>
            {row.text}
          </Text>
        </Fragment>
      ))}
    </dl>
  );
}
