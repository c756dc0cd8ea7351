import type { ReactNode } from 'react';
import { List, Text } from '@mantine/core';

type Block = { kind: 'list'; items: string[] } | { kind: 'lines'; lines: string[] };

/** Paragraphs separated by empty lines; runs of lines starting with "- " become a list. */
export function blocksOf(text: string): Block[] {
  const blocks: Block[] = [];
  for (const raw of text.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.trimEnd();
    const last = blocks.at(-1);
    if (line.startsWith('- ')) {
      if (last?.kind === 'list') last.items.push(line.slice(2));
      else blocks.push({ kind: 'list', items: [line.slice(2)] });
    } else if (line.trim() === '') {
      // An empty line ends a paragraph; several in a row are one break.
      if (last && !(last.kind === 'lines' && last.lines.length === 0)) blocks.push({ kind: 'lines', lines: [] });
    } else if (last?.kind === 'lines') {
      last.lines.push(line);
    } else {
      blocks.push({ kind: 'lines', lines: [line] });
    }
  }
  return blocks.filter((b) => (b.kind === 'list' ? b.items.length : b.lines.length) > 0);
}

/**
 * Text as people typed it in a plain text box: line breaks kept, "- " lines as a real list (read
 * out as one by screen readers), no markup language to learn.
 */
export function PlainText({ text, empty }: { text: string; empty?: ReactNode }) {
  const blocks = blocksOf(text);
  if (blocks.length === 0) return <>{empty}</>;
  return (
    <div>
      {blocks.map((block, i) =>
        block.kind === 'list' ? (
          <List key={i} mb="sm" spacing={4}>
            {block.items.map((item, j) => (
              <List.Item key={j}>{item}</List.Item>
            ))}
          </List>
        ) : (
          <Text key={i} mb="sm" style={{ whiteSpace: 'pre-line' }}>
            {block.lines.join('\n')}
          </Text>
        ),
      )}
    </div>
  );
}
