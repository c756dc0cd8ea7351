import { useState } from 'react';
import { Anchor, Button, Select, TextInput, Textarea } from '@mantine/core';
import { IconCalendarPlus, IconUsersGroup } from '@tabler/icons-react';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { meetingInput } from '../../../../../db/modules/budget/schemas';
import { call, type Input, type Output } from '../../../api/client';
import { DataTable } from '../../../components/DataTable';
import { DateField } from '../../../components/DateField';
import { EmptyMessage } from '../../../components/EmptyMessage';
import { FormModal } from '../../../components/FormModal';
import { PageHeader } from '../../../components/PageHeader';
import { QueryState } from '../../../components/QueryState';
import { TimeField } from '../../../components/TimeField';
import { todayIso } from '../../../format';
import { useApi } from '../../../hooks/useApi';
import { useApiForm } from '../../../hooks/useApiForm';
import { useFormat } from '../../../hooks/useFormat';
import { useMe } from '../../../session/SessionContext';
import { NotLinkedNotice } from '../shared/NotLinkedNotice';
import { MeetingStatusBadge } from '../shared/StatusBadge';

interface Values {
  date: string;
  startTime: string;
  roomId: string | null;
  location: string;
  notes: string;
}

function NewMeetingModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const rooms = useApi('rooms.list', {});
  const { form, handleSubmit, formError, submitting } = useApiForm<
    Values,
    Input<'meetings.create'>,
    Output<'meetings.create'>
  >({
    initialValues: { date: todayIso(), startTime: '19:30', roomId: null, location: '', notes: '' },
    schema: meetingInput,
    toInput: (v) => ({ ...v, roomId: v.roomId ? Number(v.roomId) : null }),
    submit: (input) => call('meetings.create', input),
    successMessage: t('meetings.created'),
    onSuccess: (m) => navigate(`/vergaderingen/${m.id}`),
  });
  return (
    <FormModal
      opened
      onClose={onClose}
      title={t('meetings.new')}
      onSubmit={handleSubmit}
      submitting={submitting}
      formError={formError}
      submitLabel={t('meetings.plan')}
    >
      <DateField label={t('meetings.date')} withAsterisk {...form.getInputProps('date')} />
      <TimeField label={t('meetings.startTime')} withAsterisk {...form.getInputProps('startTime')} />
      <Select
        label={t('meetings.room')}
        clearable
        data={(rooms.data ?? []).map((r) => ({ value: String(r.id), label: r.name }))}
        {...form.getInputProps('roomId')}
      />
      <TextInput
        label={t('meetings.location')}
        description={t('meetings.locationHelp')}
        {...form.getInputProps('location')}
      />
      <Textarea label={t('meetings.notes')} autosize minRows={2} {...form.getInputProps('notes')} />
    </FormModal>
  );
}

/** The committee's meetings, newest first; the beheerder plans a new one. */
export function MeetingList() {
  const { t } = useTranslation();
  const f = useFormat();
  const me = useMe();
  const meetings = useApi('meetings.list', {});
  const [creating, setCreating] = useState(false);
  const isBeheerder = me.user.role === 'beheerder';
  const planButton = isBeheerder && (
    <Button leftSection={<IconCalendarPlus size={18} aria-hidden />} onClick={() => setCreating(true)}>
      {t('meetings.new')}
    </Button>
  );
  return (
    <>
      <PageHeader title={t('meetings.title')} description={t('meetings.intro')} actions={planButton} />
      <NotLinkedNotice />
      <QueryState query={meetings}>
        {(rows) => (
          <DataTable
            label={t('meetings.title')}
            rows={rows}
            rowKey={(m) => m.id}
            empty={
              <EmptyMessage
                icon={<IconUsersGroup aria-hidden />}
                title={t('meetings.none')}
                description={isBeheerder ? t('meetings.noneHelp') : undefined}
                action={planButton}
              />
            }
            columns={[
              {
                key: 'date',
                header: t('meetings.date'),
                render: (m) => (
                  <Anchor component={Link} to={`/vergaderingen/${m.id}`}>
                    {f.dateLong(m.date)}
                  </Anchor>
                ),
              },
              { key: 'time', header: t('meetings.startTime'), render: (m) => m.startTime },
              { key: 'place', header: t('meetings.place'), render: (m) => m.roomName ?? m.location },
              {
                key: 'status',
                header: t('meetings.statusLabel'),
                render: (m) => <MeetingStatusBadge status={m.status} />,
              },
              { key: 'items', header: t('meetings.items'), numeric: true, render: (m) => m.items },
              { key: 'decided', header: t('meetings.decidedCount'), numeric: true, render: (m) => m.decided },
              { key: 'present', header: t('meetings.presentCount'), numeric: true, render: (m) => m.present },
            ]}
          />
        )}
      </QueryState>
      {creating && <NewMeetingModal onClose={() => setCreating(false)} />}
    </>
  );
}
