import { useState } from 'react';
import { Box, Card, Divider, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { call } from '../../../api/client';
import { PageHeader } from '../../../components/PageHeader';
import { QueryState } from '../../../components/QueryState';
import { useApi } from '../../../hooks/useApi';
import { useAction } from '../../../hooks/useAction';
import { OptionDaysForm } from './OptionDaysForm';
import { TemplateEditor } from './TemplateEditor';
import { TemplateRow } from './TemplateRow';
import type { TemplateView } from './types';

const AUDIENCES = ['huurder', 'aanvrager', 'commissielid', 'vrijwilliger', 'gebruiker'] as const;

/** "Berichten": every message the house sends, by audience, each with its switch and its own text. */
export function TemplatesPage() {
  const { t } = useTranslation();
  const list = useApi('templates.list', {});
  const action = useAction();
  const [editing, setEditing] = useState<TemplateView | null>(null);

  const toggle = (template: TemplateView, enabled: boolean) =>
    action
      .run(
        template.key,
        () => call('templates.update', { key: template.key, enabled, nl: template.nl, en: template.en }),
        t(enabled ? 'mail.templates.switchedOn' : 'mail.templates.switchedOff', { title: template.title }),
      )
      .then(list.reload);

  return (
    <>
      <PageHeader title={t('mail.templates.title')} description={t('mail.templates.intro')} alert={action.alert} />
      <QueryState query={list}>
        {({ templates, optionReminderDays }) => (
          <Stack gap="lg" maw={1000}>
            {AUDIENCES.map((audience) => {
              const own = templates.filter((tpl) => tpl.audience === audience);
              if (!own.length) return null;
              return (
                <Card
                  key={audience}
                  withBorder
                  radius="md"
                  padding="lg"
                  component="section"
                  aria-label={t(`mail.templates.audiences.${audience}`)}
                >
                  <Title order={2} size="h3" mb="xs">
                    {t(`mail.templates.audiences.${audience}`)}
                  </Title>
                  {own.map((tpl, i) => (
                    <div key={tpl.key}>
                      {i > 0 && <Divider />}
                      <TemplateRow
                        template={tpl}
                        busy={action.busy === tpl.key}
                        onToggle={(enabled) => void toggle(tpl, enabled)}
                        onEdit={() => setEditing(tpl)}
                      />
                      {tpl.key === 'boeking.optie_herinnering' && (
                        <Box pb="md">
                          <OptionDaysForm days={optionReminderDays} onSaved={list.reload} />
                        </Box>
                      )}
                    </div>
                  ))}
                </Card>
              );
            })}
          </Stack>
        )}
      </QueryState>
      {editing && <TemplateEditor template={editing} onClose={() => setEditing(null)} onSaved={list.reload} />}
    </>
  );
}
