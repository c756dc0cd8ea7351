import type { ReactNode } from 'react';
import { Fieldset } from '@mantine/core';

/** A titled group of fields; a fieldset, so screen readers announce the title with each field in it. */
export function Section({ legend, children }: { legend: string; children: ReactNode }) {
  return (
    <Fieldset
      legend={legend}
      variant="unstyled"
      styles={{
        legend: { fontWeight: 700, fontSize: 'var(--mantine-font-size-md)', marginBottom: 'var(--mantine-spacing-xs)' },
      }}
    >
      {children}
    </Fieldset>
  );
}
