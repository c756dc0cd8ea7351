import { Button, Group, SegmentedControl, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { IconDoorEnter } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ATTENDANCE_STATUSES } from '../../../../../db/modules/budget/schemas';
import { FormAlert } from '../../../components/FormAlert';
import { SectionCard } from '../../../components/SectionCard';
import { MemberBadges } from './MemberBadges';
import { useAttendance, type AttendanceStatus } from './useAttendance';
import type { Meeting, Member } from './types';

type Attendance = ReturnType<typeof useAttendance>;

/** Who is there: present, absent with notice, absent; an acting chair; then the secretary opens the meeting. */
export function AttendanceSection({ meeting, onSaved }: { meeting: Meeting; onSaved: (m: Meeting) => void }) {
  const { t } = useTranslation();
  const canRecord = (meeting.me?.canRecord ?? false) && (meeting.status === 'gepland' || meeting.status === 'geopend');
  const attendance = useAttendance(meeting, onSaved);
  const presentVoting = meeting.members.filter((m) => m.voting && attendance.rows[m.memberId] === 'aanwezig');

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
              {meeting.members.map((m) => (
                <AttendanceRow key={m.memberId} member={m} canRecord={canRecord} attendance={attendance} />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        {canRecord && <AttendanceControls meeting={meeting} presentVoting={presentVoting} attendance={attendance} />}
      </Stack>
    </SectionCard>
  );
}

function AttendanceRow({
  member: m,
  canRecord,
  attendance,
}: {
  member: Member;
  canRecord: boolean;
  attendance: Attendance;
}) {
  const { t } = useTranslation();
  const err = attendance.errorOf(m.memberId);
  return (
    <Table.Tr>
      <Table.Td>{m.name}</Table.Td>
      <Table.Td>
        <MemberBadges member={m} />
      </Table.Td>
      <Table.Td>
        {canRecord ? (
          <SegmentedControl
            aria-label={t('meetings.attendanceOf', { name: m.name })}
            value={attendance.rows[m.memberId] ?? ''}
            onChange={(v) => attendance.setStatus(m.memberId, v as AttendanceStatus)}
            data={ATTENDANCE_STATUSES.map((s) => ({ value: s, label: t(`meetings.att.${s}`) }))}
          />
        ) : (
          <Text size="sm">{m.attendance ? t(`meetings.att.${m.attendance}`) : t('meetings.att.none')}</Text>
        )}
        {err && (
          <Text size="sm" c="red.8" role="alert">
            {err}
          </Text>
        )}
      </Table.Td>
    </Table.Tr>
  );
}

/** The acting chair (one of the voting members present), guests, save, and open the meeting. */
function AttendanceControls({
  meeting,
  presentVoting,
  attendance: a,
}: {
  meeting: Meeting;
  presentVoting: Member[];
  attendance: Attendance;
}) {
  const { t } = useTranslation();
  return (
    <>
      <Group grow align="flex-start">
        <Select
          label={t('meetings.actingChair')}
          description={t('meetings.actingChairHelp')}
          clearable
          data={presentVoting.map((m) => ({ value: String(m.memberId), label: m.name }))}
          value={a.chair}
          onChange={a.setChair}
          error={a.errors.chairMemberId}
        />
        <TextInput
          label={t('meetings.guests')}
          value={a.guests}
          onChange={(e) => a.setGuests(e.currentTarget.value)}
          error={a.errors.guests}
        />
      </Group>
      {/* Right above the buttons, where the user just clicked (issue 18: it sat 700 px higher, out of sight). */}
      <FormAlert message={a.message} title={a.failed === 'open' ? t('meetings.openFailed') : t('common.notSaved')} />
      <Group justify="flex-end">
        <Button variant="default" loading={a.busy === 'save'} onClick={a.save}>
          {t('meetings.saveAttendance')}
        </Button>
        {meeting.status === 'gepland' && (
          <Button leftSection={<IconDoorEnter size={18} aria-hidden />} loading={a.busy === 'open'} onClick={a.open}>
            {t('meetings.open')}
          </Button>
        )}
      </Group>
    </>
  );
}
