import { useState } from 'react';
import { Button, Group, MultiSelect, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { APPLICATION_STATUSES } from '../../../../../db/modules/budget/schemas';
import { PageHeader } from '../../../components/PageHeader';
import { QueryState } from '../../../components/QueryState';
import { OffsetPager } from '../../../components/OffsetPager';
import { useApi } from '../../../hooks/useApi';
import { NotLinkedNotice } from '../shared/NotLinkedNotice';
import { useMe } from '../../../session/SessionContext';
import { LetterView } from '../documents/LetterView';
import { ApplicationForm } from './ApplicationForm';
import { ApplicationTable } from './ApplicationTable';
import { ApplicationView } from './ApplicationView';

type Status = (typeof APPLICATION_STATUSES)[number];

/** Applications per page: ten years of a busy house hold thousands; the core sends one page (and one more). */
const PAGE = 50;

/** #/aanvragen (the list), #/aanvragen/5 (one application), #/aanvragen/5/brief (its decision letter). */
/** #/aanvragen/nieuw (entered at the desk), #/aanvragen/5/bewerken (a concept or registered one corrected). */
export function ApplicationsPage() {
  const { id, doc } = useParams();
  const applicationId = Number(id);
  if (id === 'nieuw') return <ApplicationForm />;
  if (id && Number.isInteger(applicationId)) {
    if (doc === 'brief') return <LetterView id={applicationId} />;
    if (doc === 'bewerken') return <EditApplication key={applicationId} id={applicationId} />;
    return <ApplicationView key={applicationId} id={applicationId} />;
  }
  return <ApplicationList />;
}

function EditApplication({ id }: { id: number }) {
  const query = useApi('applications.get', { id });
  return <QueryState query={query}>{(a) => <ApplicationForm application={a} />}</QueryState>;
}

function ApplicationList() {
  const { t } = useTranslation();
  const [statuses, setStatuses] = useState<Status[]>([]);
  const [search, setSearch] = useState('');
  const [typed] = useDebouncedValue(search.trim(), 250);
  const [page, setPage] = useState({ offset: 0, key: '' });
  // Another search or filter starts at the first page again.
  const key = JSON.stringify([statuses, typed]);
  const offset = page.key === key ? page.offset : 0;
  const list = useApi('applications.list', { statuses, search: typed, limit: PAGE + 1, offset });
  const me = useMe();
  return (
    <>
      <PageHeader
        title={t('applications.title')}
        description={t('applications.intro')}
        actions={
          me.user.role === 'beheerder' ? (
            <Button component={Link} to="/aanvragen/nieuw" leftSection={<IconPlus size={18} aria-hidden />}>
              {t('applications.new')}
            </Button>
          ) : undefined
        }
      />
      <NotLinkedNotice />
      <Group mb="md" align="flex-end">
        <MultiSelect
          label={t('applications.statusFilter')}
          placeholder={statuses.length ? undefined : t('applications.allStatuses')}
          data={APPLICATION_STATUSES.map((s) => ({ value: s, label: t(`applications.status.${s}`) }))}
          value={statuses}
          onChange={(v) => setStatuses(v as Status[])}
          clearable
          w={360}
        />
        <TextInput
          label={t('applications.search')}
          leftSection={<IconSearch size={16} aria-hidden />}
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
          w={280}
        />
      </Group>
      <QueryState query={list}>
        {(rows) => (
          <>
            <ApplicationTable rows={rows.slice(0, PAGE)} />
            <OffsetPager
              offset={offset}
              shown={Math.min(rows.length, PAGE)}
              pageSize={PAGE}
              more={rows.length > PAGE}
              onOffset={(next) => setPage({ offset: next, key })}
              label={t('applications.title')}
            />
          </>
        )}
      </QueryState>
    </>
  );
}
