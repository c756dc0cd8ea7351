import { useState } from 'react';
import { Anchor, Badge, Button, Group, List, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconCheck, IconRocket } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { SectionCard } from '../../../components/SectionCard';
import type { Dashboard } from './types';

type Step = NonNullable<Dashboard['firstSteps']>[number];

const HIDDEN_KEY = 'wijkhuis.zoBeginJe.verborgen';

/** Where each step is done. */
const WHERE: Record<Step['step'], string> = {
  rooms: '/ruimtes',
  hours: '/gebouw/openingstijden',
  tariffs: '/tarieven',
  renters: '/huurders',
  volunteers: '/vrijwilligers',
  accounts: '/accounts',
};

/**
 * Zo begin je: a new house opens on a dashboard of zeros, so the beheerder gets the steps that make it
 * usable, in order. The core ticks them off from the data and sends none once all are done.
 */
export function FirstStepsCard({ steps }: { steps: Step[] }) {
  const { t } = useTranslation();
  // A beheerder who works alone never makes a second account: they may put the list away on this computer.
  const [hidden, setHidden] = useState(() => localStorage.getItem(HIDDEN_KEY) === '1');
  const done = steps.filter((s) => s.done).length;
  const next = steps.find((s) => !s.done)?.step;
  if (hidden) return null;
  const hide = () => {
    localStorage.setItem(HIDDEN_KEY, '1');
    setHidden(true);
  };
  return (
    <SectionCard
      title={t('today.firstSteps.title')}
      icon={<IconRocket size={24} aria-hidden />}
      aside={
        <Badge variant="light" size="lg">
          {t('today.firstSteps.progress', { done, total: steps.length })}
        </Badge>
      }
    >
      <Stack gap="sm">
        <Text>{t('today.firstSteps.intro')}</Text>
        <List spacing="sm" listStyleType="none" pl={0} component="ol">
          {steps.map((s, i) => (
            <List.Item key={s.step}>
              <Group gap="sm" wrap="nowrap" align="flex-start">
                <ThemeIcon
                  size={26}
                  radius="xl"
                  variant={s.done ? 'filled' : 'light'}
                  color={s.done ? 'green.8' : 'gray'}
                  aria-hidden
                >
                  {s.done ? <IconCheck size={16} /> : <Text size="sm">{i + 1}</Text>}
                </ThemeIcon>
                <div>
                  <Anchor component={Link} to={WHERE[s.step]} fw={s.step === next ? 700 : 500}>
                    {t(`today.firstSteps.steps.${s.step}.label`)}
                  </Anchor>
                  <Text span className="sr-only">
                    {s.done ? t('today.firstSteps.doneSr') : t('today.firstSteps.todoSr')}
                  </Text>
                  <Text size="sm" c="dimmed">
                    {s.done ? t('today.firstSteps.done') : t(`today.firstSteps.steps.${s.step}.help`)}
                  </Text>
                </div>
              </Group>
            </List.Item>
          ))}
        </List>
        <Group justify="flex-end">
          <Button variant="default" size="xs" onClick={hide}>
            {t('today.firstSteps.hide')}
          </Button>
        </Group>
      </Stack>
    </SectionCard>
  );
}
