import { useState } from 'react';
import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { IconDownload, IconEraser, IconFileText, IconSearch, IconUserSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { call } from '../../../api/client';
import { EmptyMessage } from '../../../components/EmptyMessage';
import { QueryState } from '../../../components/QueryState';
import { saveFile } from '../../../components/saveFile';
import { useAction } from '../../../hooks/useAction';
import { useApi } from '../../../hooks/useApi';
import { notifySuccess } from '../../../notify';
import { FoundList, recordKey } from './FoundList';
import { EraseModal } from './EraseModal';
import { AccessDocument } from './AccessDocument';
import type { FoundRecord, PersonExport } from '../privacyTypes';

/** A person's request: find everything, then export it, open it to correct it, or anonymise it. */
export function PersonTab() {
  const { t } = useTranslation();
  const [input, setInput] = useState('');
  const [query, setQuery] = useState('');
  const found = useApi('privacy.find', { query }, { enabled: query.length >= 2 });
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [erasing, setErasing] = useState(false);
  const [document, setDocument] = useState<PersonExport | null>(null);
  const { busy, run } = useAction();
  const [inputError, setInputError] = useState<string | null>(null);

  const search = (e: React.FormEvent) => {
    e.preventDefault();
    const q = input.trim();
    if (q.length < 2) return setInputError(t('privacy.person.searchTooShort'));
    setInputError(null);
    setSelected(new Set());
    setQuery(q);
  };

  const chosen = (list: FoundRecord[]) => list.filter((r) => selected.has(recordKey(r)));
  const exportChosen = (list: FoundRecord[]) =>
    call('privacy.export', { query, targets: chosen(list).map(({ type, id }) => ({ type, id })) });

  if (document) return <AccessDocument data={document} onBack={() => setDocument(null)} />;

  return (
    <Stack gap="md">
      <form onSubmit={search} noValidate>
        <Group align="flex-end" gap="sm">
          <TextInput
            label={t('privacy.person.search')}
            description={t('privacy.person.searchHelp')}
            leftSection={<IconSearch size={16} aria-hidden />}
            value={input}
            onChange={(e) => setInput(e.currentTarget.value)}
            error={inputError ?? found.error?.fieldErrors.query?.[0]}
            w={{ base: '100%', sm: 520 }}
          />
          <Button type="submit" leftSection={<IconUserSearch size={18} aria-hidden />}>
            {t('privacy.person.find')}
          </Button>
        </Group>
      </form>

      {query.length < 2 ? (
        <EmptyMessage
          icon={<IconUserSearch aria-hidden />}
          title={t('privacy.person.start')}
          description={t('privacy.person.startHelp')}
        />
      ) : (
        <QueryState query={found}>
          {(list) =>
            list.length === 0 ? (
              <EmptyMessage
                icon={<IconSearch aria-hidden />}
                title={t('privacy.person.none')}
                description={t('privacy.person.noneHelp', { query })}
              />
            ) : (
              <Stack gap="md">
                <Group justify="space-between">
                  <Text fw={600}>
                    {t('privacy.person.found', { count: list.length })} ·{' '}
                    {t('privacy.person.selected', { count: chosen(list).length })}
                  </Text>
                  <Group gap="sm">
                    <Button
                      variant="default"
                      leftSection={<IconDownload size={18} aria-hidden />}
                      disabled={chosen(list).length === 0}
                      loading={busy === 'json'}
                      onClick={() =>
                        void run('json', async () => {
                          const data = await exportChosen(list);
                          saveFile(
                            `inzage-${query.replace(/[^\p{L}\p{N}]+/gu, '-').toLowerCase()}.json`,
                            { text: JSON.stringify(data, null, 2) },
                            'application/json',
                          );
                          notifySuccess(t('privacy.person.exported'));
                        })
                      }
                    >
                      {t('privacy.person.exportJson')}
                    </Button>
                    <Button
                      variant="default"
                      leftSection={<IconFileText size={18} aria-hidden />}
                      disabled={chosen(list).length === 0}
                      loading={busy === 'doc'}
                      onClick={() => void run('doc', async () => setDocument(await exportChosen(list)))}
                    >
                      {t('privacy.person.showDocument')}
                    </Button>
                    <Button
                      color="red"
                      leftSection={<IconEraser size={18} aria-hidden />}
                      disabled={!chosen(list).some((r) => r.options.scopes.length > 0)}
                      onClick={() => setErasing(true)}
                    >
                      {t('privacy.person.erase')}
                    </Button>
                  </Group>
                </Group>
                <FoundList records={list} selected={selected} onChange={setSelected} />
                {erasing && (
                  <EraseModal
                    records={chosen(list).filter((r) => r.options.scopes.length > 0)}
                    onClose={() => setErasing(false)}
                    onDone={() => {
                      setSelected(new Set());
                      found.reload();
                    }}
                  />
                )}
              </Stack>
            )
          }
        </QueryState>
      )}
    </Stack>
  );
}
