import { useCallback, useEffect, useState } from 'react';
import type { MethodName } from '../../../db/contract/api';
import { ApiCallError, call, type Input, type Output } from '../api/client';
import { useSession } from '../session/SessionContext';

export interface ApiQuery<T> {
  /** The last loaded value; kept while reloading so lists do not flicker. */
  data: T | undefined;
  error: ApiCallError | undefined;
  loading: boolean;
  reload: () => void;
}

export function toApiCallError(error: unknown): ApiCallError {
  return error instanceof ApiCallError
    ? error
    : new ApiCallError({
        code: 'INTERNAL',
        message: error instanceof Error ? error.message : String(error),
        fieldErrors: {},
      });
}

/**
 * Loads one method's result and reloads it when the input changes, when `reload()` is called, when
 * the app state is reloaded (after a restore), and after unlocking: calls made while the screen was
 * locked failed, and the previous data stays visible meanwhile.
 */
export function useApi<M extends MethodName>(
  method: M,
  input: Input<M>,
  options: { enabled?: boolean } = {},
): ApiQuery<Output<M>> {
  const { unlockCount, dataEpoch } = useSession();
  const [version, setVersion] = useState(0);
  const [result, setResult] = useState<{ key: string; data?: Output<M>; error?: ApiCallError }>();
  const enabled = options.enabled ?? true;
  // One string carries everything the request depends on, so the effect runs exactly when it changes.
  const key = JSON.stringify([method, input ?? {}, version, dataEpoch, unlockCount]);

  useEffect(() => {
    if (!enabled) return;
    let live = true;
    const [m, i] = JSON.parse(key) as [M, Input<M>];
    (call as (method: M, input: Input<M>) => Promise<Output<M>>)(m, i).then(
      (data) => live && setResult({ key, data }),
      (error: unknown) => live && setResult((prev) => ({ key, data: prev?.data, error: toApiCallError(error) })),
    );
    return () => {
      live = false;
    };
  }, [key, enabled]);

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return {
    data: result?.data,
    error: result?.key === key ? result.error : undefined,
    loading: enabled && result?.key !== key,
    reload,
  };
}
