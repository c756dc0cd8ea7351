import { useEffect, useMemo, useState } from 'react';
import { Group, Loader, Select, Text, type SelectProps } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconKey } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Output } from '../../../api/client';
import { useApi } from '../../../hooks/useApi';

export type RenterChoice = Output<'renters.search'>['chosen'][number];

/** A busy house has thousands of renters: the core sends this many matches of what is typed, never all of them. */
export const RENTERS_SHOWN = 20;

interface RenterSelectProps extends Omit<SelectProps, 'data' | 'renderOption' | 'searchable' | 'onChange'> {
  onChange?: (value: string | null) => void;
  /** Archived renters too (a filter on history); a chosen archived renter is shown either way. */
  includeArchived?: boolean;
  /** Each option with its tariff category and key rights (the booking dialog). */
  withDetails?: boolean;
  /** The chosen renter as the core describes it, once known (its key rights, its category). */
  onRenter?: (renter: RenterChoice | null) => void;
}

/** What is typed, the core's answer to it (matches and the chosen renter by id), and the options to show. */
function useRenterSearch(value: string | null | undefined, includeArchived: boolean) {
  const [search, setSearch] = useState('');
  const [typed] = useDebouncedValue(search.trim(), 150);
  const chosenId = value ? Number(value) : null;
  const [previous, setPrevious] = useState<Output<'renters.search'>>();
  // The chosen renter's own name in the box is not a search: the list then shows the first renters by name.
  const chosenName = previous?.chosen.find((r) => String(r.id) === value)?.name;
  const query = value && typed === chosenName ? '' : typed;
  const result = useApi('renters.search', {
    search: query,
    ids: chosenId ? [chosenId] : [],
    includeArchived,
    limit: RENTERS_SHOWN,
  });
  const answer = result.data;
  if (answer !== previous) setPrevious(answer);
  // The last answer holds the chosen renter (asked for by id) and the matches: an option just picked is among them.
  const known = useMemo(
    () => new Map([...(answer?.rows ?? []), ...(answer?.chosen ?? [])].map((r) => [String(r.id), r])),
    [answer],
  );
  const matches = useMemo(() => new Set((answer?.rows ?? []).map((r) => String(r.id))), [answer]);
  const chosen = value ? known.get(value) : undefined;

  const data = useMemo(() => {
    const rows = answer?.rows ?? [];
    const extra = (answer?.chosen ?? []).filter((r) => !matches.has(String(r.id)));
    return [...extra, ...rows].map((r) => ({ value: String(r.id), label: r.name }));
  }, [answer, matches]);
  const waiting = result.loading || typed !== search.trim();
  return { search, setSearch, answer, known, matches, chosen, data, waiting, query };
}

/**
 * Renters searched in the core as the user types (a few matches, the ones whose name begins so first), and the
 * chosen one fetched by its id: Mantine's Select with its keyboard and screen-reader behaviour, fed by the core.
 */
export function RenterSelect({
  value,
  onChange,
  includeArchived = false,
  withDetails = false,
  onRenter,
  label,
  description,
  ...props
}: RenterSelectProps) {
  const { t } = useTranslation();
  const { search, setSearch, answer, known, matches, chosen, data, waiting, query } = useRenterSearch(
    value,
    includeArchived,
  );
  useEffect(() => onRenter?.(chosen ?? null), [chosen, onRenter]);
  const describe = (r: RenterChoice) =>
    r.keyRights
      ? t('booking.renterLineKey', { category: r.tariffCategoryName })
      : t('booking.renterLine', { category: r.tariffCategoryName });
  const hint = answer?.more && query !== '' ? t('agenda.moreRenters') : undefined;

  return (
    <Select
      label={label ?? t('booking.renter')}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      // The core has filtered already; only what it matched is offered (not the chosen one when it does not match).
      // While its answer to the latest text is on its way, the earlier matches narrow to names that still fit.
      filter={({ options, search: text }) =>
        options.filter(
          (o) =>
            'value' in o &&
            matches.has(o.value) &&
            (!waiting || o.label.toLocaleLowerCase().includes(text.trim().toLocaleLowerCase())),
        )
      }
      nothingFoundMessage={waiting ? t('agenda.searchingRenters') : t('agenda.noRenterFound')}
      rightSection={waiting && search.trim() !== '' ? <Loader size={14} aria-hidden /> : undefined}
      data={data}
      value={value}
      onChange={(next) => onChange?.(next)}
      description={
        description ??
        (withDetails && chosen ? describe(chosen) : (hint ?? (withDetails ? t('booking.renterHelp') : undefined)))
      }
      renderOption={
        withDetails
          ? ({ option }) => {
              const r = known.get(option.value);
              return (
                <div>
                  <Group gap={6} wrap="nowrap">
                    <Text size="sm">{option.label}</Text>
                    {r?.keyRights && <IconKey size={14} aria-hidden />}
                  </Group>
                  {r && (
                    <Text size="xs" c="dimmed">
                      {describe(r)}
                    </Text>
                  )}
                </div>
              );
            }
          : undefined
      }
      {...props}
    />
  );
}
