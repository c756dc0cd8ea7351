import type { ReactNode } from 'react';
import { Text } from '@mantine/core';
import classes from './InfoList.module.css';

/** Label–value pairs as a description list (profile, system information). */
export function InfoList({ items }: { items: { label: string; value: ReactNode }[] }) {
  return (
    <dl className={classes.list}>
      {items.map((item) => (
        <div key={item.label} className={classes.row}>
          <dt className={classes.label}>{item.label}</dt>
          <dd className={classes.value}>
            {item.value === '' || item.value == null ? (
              <Text span c="dimmed">
                —
              </Text>
            ) : (
              item.value
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}
