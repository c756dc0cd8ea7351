import { IconId, IconKey, IconShieldLock } from '@tabler/icons-react';
import type { KeyItem } from './types';

const ICONS = { sleutel: IconKey, pas: IconId, alarmcode: IconShieldLock };

export function KeyKindIcon({ kind }: { kind: KeyItem['kind'] }) {
  const Icon = ICONS[kind];
  return <Icon size={20} aria-hidden style={{ flexShrink: 0 }} />;
}
