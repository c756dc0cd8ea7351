import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../../api/client';
import { saveFile } from '../../../components/saveFile';
import { useAction } from '../../../hooks/useAction';
import { useApi } from '../../../hooks/useApi';
import { notifySuccess } from '../../../notify';
import type { FoundRecord, PersonExport } from '../privacyTypes';
import { recordKey } from './FoundList';

/**
 * One person's request from search to answer. Only a submitted search of two characters or more
 * asks the core, and a new search clears the selection made in the previous results.
 */
export function usePersonRequest() {
  const { t } = useTranslation();
  const [input, setInput] = useState('');
  const [query, setQuery] = useState('');
  const found = useApi('privacy.find', { query }, { enabled: query.length >= 2 });
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [erasing, setErasing] = useState(false);
  const [document, setDocument] = useState<PersonExport | null>(null);
  const { busy, run, alert } = useAction();
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

  const downloadJson = (list: FoundRecord[]) =>
    run('json', async () => {
      const data = await exportChosen(list);
      saveFile(
        `inzage-${query.replace(/[^\p{L}\p{N}]+/gu, '-').toLowerCase()}.json`,
        { text: JSON.stringify(data, null, 2) },
        'application/json',
      );
      notifySuccess(t('privacy.person.exported'));
    });
  const openDocument = (list: FoundRecord[]) => run('doc', async () => setDocument(await exportChosen(list)));
  const erased = () => {
    setSelected(new Set());
    found.reload();
  };

  return {
    input,
    setInput,
    inputError,
    search,
    query,
    found,
    selected,
    setSelected,
    chosen,
    erasing,
    setErasing,
    erased,
    document,
    setDocument,
    busy,
    alert,
    downloadJson,
    openDocument,
  };
}
