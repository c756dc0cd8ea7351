import { useState } from 'react';
import { Collapse, Group, NavLink, Stack, Text, UnstyledButton } from '@mantine/core';
import { IconChevronDown } from '@tabler/icons-react';
import { Link, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useMe } from '../session/SessionContext';
import type { ModuleDef } from './modules';
import { navSections, type NavGroupKey } from './navGroups';

/** The groups someone folded away stay folded on this computer. */
const FOLDED_KEY = 'wijkhuis.menu.dicht';

function isActive(pathname: string, path: string): boolean {
  return path === '/' ? pathname === '/' : pathname === path || pathname.startsWith(`${path}/`);
}

function readFolded(): Set<NavGroupKey> {
  try {
    return new Set(JSON.parse(localStorage.getItem(FOLDED_KEY) ?? '[]') as NavGroupKey[]);
  } catch {
    return new Set();
  }
}

function store(folded: Set<NavGroupKey>): Set<NavGroupKey> {
  localStorage.setItem(FOLDED_KEY, JSON.stringify([...folded]));
  return folded;
}

function Links({ modules, onNavigate }: { modules: ModuleDef[]; onNavigate: () => void }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  return modules.map((m) => {
    const active = isActive(pathname, m.path);
    return (
      <NavLink
        key={m.path}
        component={Link}
        to={m.path}
        label={t(`nav.${m.label}`)}
        leftSection={<m.icon size={20} stroke={1.7} aria-hidden />}
        active={active}
        aria-current={active ? 'page' : undefined}
        className="nav-link"
        onClick={onNavigate}
      />
    );
  });
}

/** The menu grouped by module, each group folding open and shut; a group opens by itself when its page is shown. */
export function NavMenu({ onNavigate }: { onNavigate: () => void }) {
  const { t } = useTranslation();
  const { user } = useMe();
  const { pathname } = useLocation();
  const sections = navSections(user.role);
  const [folded, setFolded] = useState(readFolded);
  const activeGroup = sections.find((s) => s.modules.some((m) => isActive(pathname, m.path)))?.key ?? null;

  // Opening a page in a folded group unfolds it (adjusted while rendering, not in an effect).
  const [seenActive, setSeenActive] = useState(activeGroup);
  if (activeGroup !== seenActive) {
    setSeenActive(activeGroup);
    if (activeGroup && folded.has(activeGroup)) setFolded(store(new Set([...folded].filter((k) => k !== activeGroup))));
  }

  const toggle = (key: NavGroupKey) =>
    setFolded((f) => store(f.has(key) ? new Set([...f].filter((k) => k !== key)) : new Set([...f, key])));

  return (
    <Stack gap={4}>
      {sections.map((s) =>
        s.key === null ? (
          <Stack key="rest" gap={2} mt="xs">
            <Links modules={s.modules} onNavigate={onNavigate} />
          </Stack>
        ) : (
          <div key={s.key}>
            <UnstyledButton
              onClick={() => toggle(s.key!)}
              aria-expanded={!folded.has(s.key)}
              aria-controls={`menu-${s.key}`}
              id={`menu-${s.key}-kop`}
              className="nav-group"
              w="100%"
              px="xs"
              py={6}
            >
              <Group justify="space-between" wrap="nowrap">
                <Text size="xs" fw={700} tt="uppercase" c="dark.4">
                  {t(`navGroups.${s.key}`)}
                </Text>
                <IconChevronDown
                  size={16}
                  aria-hidden
                  style={{ transform: folded.has(s.key) ? 'rotate(-90deg)' : undefined, transition: 'transform 150ms' }}
                />
              </Group>
            </UnstyledButton>
            <Collapse expanded={!folded.has(s.key)}>
              <Stack gap={2} id={`menu-${s.key}`} role="group" aria-labelledby={`menu-${s.key}-kop`}>
                <Links modules={s.modules} onNavigate={onNavigate} />
              </Stack>
            </Collapse>
          </div>
        ),
      )}
    </Stack>
  );
}
