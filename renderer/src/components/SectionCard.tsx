import { useId, type ReactNode } from 'react';
import { Button, Card, Group, Title } from '@mantine/core';
import { IconArrowRight } from '@tabler/icons-react';
import { Link } from 'react-router';

interface SectionCardProps {
  title: string;
  icon?: ReactNode;
  /** Where this part is handled, e.g. "Naar het logboek" → #/logboek. */
  links?: { to: string; label: string }[];
  /** Something next to the title: a count, a status badge. */
  aside?: ReactNode;
  children: ReactNode;
}

/**
 * A titled card as its own landmark section (named by its h2), with a link to the screen where the
 * matter is handled, so an overview never becomes a dead end.
 */
export function SectionCard({ title, icon, links = [], aside, children }: SectionCardProps) {
  const titleId = useId();
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby={titleId} h="100%">
      <Group justify="space-between" align="flex-start" mb="sm" gap="xs" wrap="nowrap">
        <Group gap="sm" wrap="nowrap">
          {icon}
          <Title order={2} size="h3" id={titleId}>
            {title}
          </Title>
        </Group>
        {aside}
      </Group>
      {children}
      {links.length > 0 && (
        <Group mt="md" gap="sm" className="no-print">
          {links.map((link) => (
            <Button
              key={link.to}
              component={Link}
              to={link.to}
              variant="light"
              size="sm"
              rightSection={<IconArrowRight size={16} aria-hidden />}
            >
              {link.label}
            </Button>
          ))}
        </Group>
      )}
    </Card>
  );
}
