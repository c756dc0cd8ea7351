import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiCallError, call, onAuthError, type Output } from '../api/client';

export type Me = Output<'auth.me'>;

export type Phase =
  | { kind: 'loading' }
  | { kind: 'unavailable'; message: string }
  | { kind: 'setup'; demoSuggested: boolean }
  | { kind: 'login'; notice?: string }
  | { kind: 'ready'; me: Me; locked: boolean };

export interface SessionValue {
  phase: Phase;
  /** Bumped after every unlock: queries that failed while locked load again. */
  unlockCount: number;
  /** Bumped when the whole database changed (restore): every page loads afresh. */
  dataEpoch: number;
  signedIn(me: Me): void;
  lock(): Promise<void>;
  unlocked(me: Me): void;
  logout(): Promise<void>;
  /** Back to the login screen with a message, e.g. after the account got locked. */
  toLogin(notice?: string): void;
  /** Re-reads who is signed in (house name, lock minutes) after a change to them. */
  refreshMe(): Promise<void>;
  /** After a restore: who is signed in may have changed, and all data has. */
  reloadAll(): Promise<void>;
  retry(): void;
}

const SessionContext = createContext<SessionValue | null>(null);

export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}

/** The signed-in user; only for components that render inside the signed-in shell. */
export function useMe(): Me {
  const { phase } = useSession();
  if (phase.kind !== 'ready') throw new Error('useMe outside the signed-in app');
  return phase.me;
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [phase, setPhase] = useState<Phase>({ kind: 'loading' });
  const [boot, setBoot] = useState(0);
  const [unlockCount, setUnlockCount] = useState(0);
  const [dataEpoch, setDataEpoch] = useState(0);

  useEffect(() => {
    let live = true;
    (async () => {
      const status = await call('setup.status');
      if (status.needsSetup) return { kind: 'setup', demoSuggested: status.demoSuggested } as const;
      const me = await call('auth.me');
      return { kind: 'ready', me, locked: me.locked } as const;
    })().then(
      (next) => live && setPhase(next),
      (error: unknown) => {
        if (!live) return;
        if (error instanceof ApiCallError && (error.code === 'UNAUTHENTICATED' || error.code === 'LOCKED'))
          setPhase({ kind: 'login' });
        else setPhase({ kind: 'unavailable', message: error instanceof Error ? error.message : String(error) });
      },
    );
    return () => {
      live = false;
    };
  }, [boot]);

  // Any call can find the session locked (idle on the core's clock) or gone (restart, account disabled).
  useEffect(
    () =>
      onAuthError((error) => {
        setPhase((p) => {
          if (p.kind !== 'ready') return p;
          if (error.code === 'LOCKED') return p.locked ? p : { ...p, locked: true };
          return { kind: 'login', notice: t('login.sessionEnded') };
        });
      }),
    [t],
  );

  const signedIn = useCallback((me: Me) => setPhase({ kind: 'ready', me, locked: false }), []);
  const toLogin = useCallback((notice?: string) => setPhase({ kind: 'login', notice }), []);

  const lock = useCallback(async () => {
    setPhase((p) => (p.kind === 'ready' ? { ...p, locked: true } : p));
    await call('auth.lock').catch(() => undefined);
  }, []);

  const unlocked = useCallback((me: Me) => {
    setPhase({ kind: 'ready', me, locked: false });
    setUnlockCount((n) => n + 1);
  }, []);

  const logout = useCallback(async () => {
    await call('auth.logout').catch(() => undefined);
    setPhase({ kind: 'login', notice: t('login.loggedOut') });
  }, [t]);

  const refreshMe = useCallback(async () => {
    const me = await call('auth.me');
    setPhase((p) => (p.kind === 'ready' ? { ...p, me, locked: me.locked } : p));
  }, []);

  const reloadAll = useCallback(async () => {
    setDataEpoch((n) => n + 1);
    await refreshMe().catch(() => undefined);
  }, [refreshMe]);

  const retry = useCallback(() => {
    setPhase({ kind: 'loading' });
    setBoot((n) => n + 1);
  }, []);

  const value = useMemo<SessionValue>(
    () => ({ phase, unlockCount, dataEpoch, signedIn, lock, unlocked, logout, toLogin, refreshMe, reloadAll, retry }),
    [phase, unlockCount, dataEpoch, signedIn, lock, unlocked, logout, toLogin, refreshMe, reloadAll, retry],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}
