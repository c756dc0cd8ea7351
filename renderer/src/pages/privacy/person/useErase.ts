import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../../api/client';
import { toApiCallError } from '../../../hooks/useApi';
import { notifySuccess } from '../../../notify';
import type { EraseScope } from '../../../../../db/modules/privacy/schemas';
import type { FoundRecord } from '../privacyTypes';
import { recordKey } from './FoundList';

/**
 * The erasure as one request: a scope per record (the first it allows, to start with) and the reason.
 * A refusal keeps the dialog open with the core's reasons per record and for the reason field.
 */
export function useErase(records: FoundRecord[], onDone: () => void, onClose: () => void) {
  const { t } = useTranslation();
  const [scopes, setScopes] = useState<Record<string, EraseScope>>(() =>
    Object.fromEntries(records.map((r) => [recordKey(r), r.options.scopes[0]!])),
  );
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const setScope = (r: FoundRecord, scope: EraseScope) => setScopes((s) => ({ ...s, [recordKey(r)]: scope }));
  const changeReason = (value: string) => {
    setReason(value);
    setErrors(({ reason: _gone, ...rest }) => rest);
  };

  const submit = async () => {
    setBusy(true);
    setFormError(null);
    setErrors({});
    try {
      const result = await call('privacy.erase', {
        reason,
        targets: records.map((r) => ({ type: r.type, id: r.id, scope: scopes[recordKey(r)]! })),
      });
      notifySuccess(t('privacy.person.erased', { count: result.anonymised }));
      onDone();
      onClose();
    } catch (e) {
      const error = toApiCallError(e);
      setErrors(error.fieldErrors);
      setFormError(error.message);
    } finally {
      setBusy(false);
    }
  };

  return { scopes, setScope, reason, changeReason, errors, formError, busy, submit };
}
