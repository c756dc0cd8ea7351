import { useState } from 'react';
import { Alert, Badge, Button, Group, SegmentedControl, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { IconDoorEnter } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ATTENDANCE_STATUSES } from '../../../../../db/modules/budget/schemas';
import { ApiCallError, call } from '../../../api/client';
import { SectionCard } from '../../../components/SectionCard';
import { notifySuccess } from '../../../notify';
import type { Meeting, Member } from './types';

type Status = (typeof ATTENDANCE_STATUSES)[number];

export function MemberBadges({ member }: { member: Member }) {
  const { t } = useTranslation();
  return (
    <Group gap={4}>
      {member.isChair && (
        <Badge size="sm" variant="default" style={{ textTransform: 'none' }}>
          {t('committee.chair')}
        </Badge>
      )}
      {member.isSecretary && (
        <Badge size="sm" variant="default" style={{ textTransform: 'none' }}>
          {t('committee.secretary')}
        </Badge>
      )}
      {member.isResident && (
        <Badge size="sm" variant="default" style={{ textTransform: 'none' }}>
          {t('committee.resident')}
        </Badge>
      )}
      {member.isWijkraad && (
        <Badge size="sm" variant="default" style={{ textTransform: 'none' }}>
          {t('committee.wijkraad')}
        </Badge>
      )}
      {!member.voting && (
        <Badge size="sm" variant="default" style={{ textTransform: 'none' }}>
          {t('committee.advisory')}
        </Badge>
      )}
    </Group>
  );
}

/** Who is there: present, absent with notice, absent; an acting chair; then the secretary opens the meeting. */
export function AttendanceSection({ meeting, onSaved }: { meeting: Meeting; onSaved: (m: Meeting) => void }) {
  const { t } = useTranslation();
  const canRecord = (meeting.me?.canRecord ?? false) && (meeting.status === 'gepland' || meeting.status === 'geopend');
  const [rows, setRows] = useState<Record<number, Status | null>>(() =>
    Object.fromEntries(meeting.members.map((m) => [m.memberId, m.attendance])),
  );
  const [chair, setChair] = useState<string | null>(meeting.chairMemberId ? String(meeting.chairMemberId) : null);
  const [guests, setGuests] = useState(meeting.guests);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);

  const fail = (e: unknown) => {
    const fieldErrors =
      e instanceof ApiCallError
        ? Object.fromEntries(Object.entries(e.fieldErrors).map(([k, v]) => [k, v[0] ?? '']))
        : {};
    setErrors(fieldErrors);
    setMessage(e instanceof Error ? e.message : String(e));
  };

  const save = async (): Promise<boolean> => {
    setBusy('save');
    setErrors({});
    setMessage(null);
    try {
      const members = meeting.members
        .filter((m) => rows[m.memberId])
        .map((m) => ({ memberId: m.memberId, status: rows[m.memberId]! }));
      onSaved(
        await call('meetings.attendance', {
          id: meeting.id,
          members,
          chairMemberId: chair ? Number(chair) : null,
          guests,
        }),
      );
      notifySuccess(t('meetings.attendanceSaved'));
      return true;
    } catch (e) {
      fail(e);
      return false;
    } finally {
      setBusy(null);
    }
  };

  const open = async () => {
    if (!(await save())) return;
    setBusy('open');
    try {
      onSaved(await call('meetings.open', { id: meeting.id }));
      notifySuccess(t('meetings.opened'));
    } catch (e) {
      fail(e);
    } finally {
      setBusy(null);
    }
  };

  const presentVoting = meeting.members.filter((m) => m.voting && rows[m.memberId] === 'aanwezig');
  const memberError = (i: number) => errors[`members.${i}.status`] ?? errors[`members.${i}.memberId`];
  const sent = meeting.members.filter((m) => rows[m.memberId]);

  return (
    <SectionCard
      title={t('meetings.attendance')}
      aside={
        <Text size="sm">
          {t('meetings.presentOf', {
            present: presentVoting.length,
            total: meeting.members.filter((m) => m.voting).length,
          })}
        </Text>
      }
    >
      <Stack gap="sm">
        {message && (
          <Alert color="red" variant="light" role="alert" title={t('common.failed')}>
            {message}
          </Alert>
        )}
        <Table.ScrollContainer minWidth={640}>
          <Table aria-label={t('meetings.attendance')} verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('committee.name')}</Table.Th>
                <Table.Th scope="col">{t('committee.roleLabel')}</Table.Th>
                <Table.Th scope="col">{t('meetings.attendance')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {meeting.members.map((m) => {
                const index = sent.findIndex((s) => s.memberId === m.memberId);
                const err = index >= 0 ? memberError(index) : undefined;
                return (
                  <Table.Tr key={m.memberId}>
                    <Table.Td>{m.name}</Table.Td>
                    <Table.Td>
                      <MemberBadges member={m} />
                    </Table.Td>
                    <Table.Td>
                      {canRecord ? (
                        <SegmentedControl
                          aria-label={t('meetings.attendanceOf', { name: m.name })}
                          value={rows[m.memberId] ?? ''}
                          onChange={(v) => setRows({ ...rows, [m.memberId]: v as Status })}
                          data={ATTENDANCE_STATUSES.map((s) => ({ value: s, label: t(`meetings.att.${s}`) }))}
                        />
                      ) : (
                        <Text size="sm">
                          {m.attendance ? t(`meetings.att.${m.attendance}`) : t('meetings.att.none')}
                        </Text>
                      )}
                      {err && (
                        <Text size="sm" c="red.8" role="alert">
                          {err}
                        </Text>
                      )}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        {canRecord && (
          <>
            <Group grow align="flex-start">
              <Select
                label={t('meetings.actingChair')}
                description={t('meetings.actingChairHelp')}
                clearable
                data={presentVoting.map((m) => ({ value: String(m.memberId), label: m.name }))}
                value={chair}
                onChange={setChair}
                error={errors.chairMemberId}
              />
              <TextInput
                label={t('meetings.guests')}
                value={guests}
                onChange={(e) => setGuests(e.currentTarget.value)}
                error={errors.guests}
              />
            </Group>
            <Group justify="flex-end">
              <Button variant="default" loading={busy === 'save'} onClick={save}>
                {t('meetings.saveAttendance')}
              </Button>
              {meeting.status === 'gepland' && (
                <Button leftSection={<IconDoorEnter size={18} aria-hidden />} loading={busy === 'open'} onClick={open}>
                  {t('meetings.open')}
                </Button>
              )}
            </Group>
          </>
        )}
      </Stack>
    </SectionCard>
  );
}
