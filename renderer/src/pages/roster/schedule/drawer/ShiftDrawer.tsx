import { Alert, Badge, Button, Divider, Drawer, Group, Stack, Text } from '@mantine/core';
import { IconInfoCircle, IconPencil } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { PlainText } from '../../../../components/PlainText';
import { useFormat } from '../../../../hooks/useFormat';
import { timeRange } from '../../shared/time';
import type { Shift, VolunteerChoice, VolunteerRole } from '../../shared/types';
import { RoleSection } from './RoleSection';

interface ShiftDrawerProps {
  shift: Shift | undefined;
  roles: readonly VolunteerRole[];
  volunteers: readonly VolunteerChoice[];
  onClose: () => void;
  onChanged: () => void;
  onEdit: (shift: Shift) => void;
}

/** A shift opened from the week: per role who stands there, and everything to fill or change it. */
export function ShiftDrawer({ shift, roles, volunteers, onClose, onChanged, onEdit }: ShiftDrawerProps) {
  const { t } = useTranslation();
  const f = useFormat();
  const needed = new Set(shift?.needs.map((n) => n.roleId));
  const extra = shift?.assignments.filter((a) => !needed.has(a.roleId)) ?? [];
  return (
    <Drawer
      opened={!!shift}
      onClose={onClose}
      position="right"
      size="lg"
      title={shift?.title}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {shift && (
        <Stack gap="md">
          <Group justify="space-between" align="flex-start">
            <div>
              <Text fw={600}>{f.dateLong(shift.date)}</Text>
              <Text>{timeRange(shift)}</Text>
            </div>
            <Button
              size="xs"
              variant="default"
              leftSection={<IconPencil size={16} aria-hidden />}
              onClick={() => onEdit(shift)}
            >
              {t('roster.editShift')}
            </Button>
          </Group>
          {shift.cancelled && (
            <Alert color="gray" variant="light" icon={<IconInfoCircle aria-hidden />}>
              <Badge color="gray" mr="xs">
                {t('roster.cancelled')}
              </Badge>
              {t('roster.cancelledHelp')}
            </Alert>
          )}
          {shift.notes && <PlainText text={shift.notes} />}
          {shift.needs.map((n) => (
            <div key={n.roleId}>
              <Divider mb="sm" />
              <RoleSection
                shift={shift}
                need={n}
                assignments={shift.assignments.filter((a) => a.roleId === n.roleId)}
                roles={roles}
                volunteers={volunteers}
                onChanged={onChanged}
              />
            </div>
          ))}
          {(extra.length > 0 || shift.needs.length === 0) && (
            <div>
              <Divider mb="sm" />
              <RoleSection
                shift={shift}
                need={null}
                assignments={extra}
                roles={roles}
                volunteers={volunteers}
                onChanged={onChanged}
              />
            </div>
          )}
        </Stack>
      )}
    </Drawer>
  );
}
