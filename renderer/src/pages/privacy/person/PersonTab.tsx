import { Stack } from '@mantine/core';
import { IconSearch, IconUserSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { EmptyMessage } from '../../../components/EmptyMessage';
import { QueryState } from '../../../components/QueryState';
import { FoundList } from './FoundList';
import { EraseModal } from './EraseModal';
import { AccessDocument } from './AccessDocument';
import { FoundToolbar } from './FoundToolbar';
import { PersonSearchForm } from './PersonSearchForm';
import { usePersonRequest } from './usePersonRequest';

/** A person's request: find everything, then export it, open it to correct it, or anonymise it. */
export function PersonTab() {
  const { t } = useTranslation();
  const request = usePersonRequest();
  const { query, found, chosen } = request;

  if (request.document) return <AccessDocument data={request.document} onBack={() => request.setDocument(null)} />;

  return (
    <Stack gap="md">
      <PersonSearchForm
        value={request.input}
        onChange={request.setInput}
        error={request.inputError ?? found.error?.fieldErrors.query?.[0]}
        onSubmit={request.search}
      />

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
                <FoundToolbar
                  found={list.length}
                  chosen={chosen(list).length}
                  erasable={chosen(list).some((r) => r.options.scopes.length > 0)}
                  busy={request.busy}
                  onJson={() => void request.downloadJson(list)}
                  onDocument={() => void request.openDocument(list)}
                  onErase={() => request.setErasing(true)}
                />
                {request.alert}
                <FoundList records={list} selected={request.selected} onChange={request.setSelected} />
                {request.erasing && (
                  <EraseModal
                    records={chosen(list).filter((r) => r.options.scopes.length > 0)}
                    onClose={() => request.setErasing(false)}
                    onDone={request.erased}
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
