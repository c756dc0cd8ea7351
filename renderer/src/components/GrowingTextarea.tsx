import { Textarea, type TextareaProps } from '@mantine/core';

/**
 * A textarea that grows with its text through CSS (`field-sizing: content`), where Mantine's `autosize` measures
 * itself with a forced layout on every mount: a meeting's twenty agenda items with two each took 50 ms of that.
 * A browser without field-sizing shows `minRows` lines and scrolls.
 */
export function GrowingTextarea({
  minRows = 2,
  ...props
}: Omit<TextareaProps, 'autosize' | 'rows'> & { minRows?: number }) {
  return (
    <Textarea
      {...props}
      rows={minRows}
      classNames={{ input: 'growing-textarea' }}
      styles={{ input: { '--growing-rows': minRows } as React.CSSProperties }}
    />
  );
}
