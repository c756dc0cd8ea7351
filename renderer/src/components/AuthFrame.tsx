import type { ReactNode } from 'react';
import { Box, Center, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconBuildingCommunity } from '@tabler/icons-react';
import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../shell/LanguageSwitch';

/** The calm centred card of setup, login and the lock screen, with the language switch at hand. */
export function AuthFrame({
  title,
  intro,
  children,
  width = 440,
}: {
  title: string;
  intro?: ReactNode;
  children: ReactNode;
  width?: number;
}) {
  const { t } = useTranslation();
  useDocumentTitle(`${title} · Wijkhuis`);
  return (
    <Box component="main" mih="100vh" bg="gray.0" p="md">
      <Group justify="flex-end">
        <LanguageSwitch />
      </Group>
      <Center py="xl">
        <Paper withBorder shadow="sm" radius="lg" p="xl" w="100%" maw={width}>
          <Stack gap="lg">
            <Group gap="sm" wrap="nowrap">
              <IconBuildingCommunity size={36} stroke={1.5} color="var(--mantine-color-wijk-8)" aria-hidden />
              <Text fw={700} size="lg" c="wijk.9">
                {t('app.name')}
              </Text>
            </Group>
            <div>
              <Title order={1} size="h2">
                {title}
              </Title>
              {intro && (
                <Text c="dimmed" mt={6}>
                  {intro}
                </Text>
              )}
            </div>
            {children}
          </Stack>
        </Paper>
      </Center>
    </Box>
  );
}
