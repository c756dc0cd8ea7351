import { useSyncExternalStore } from 'react';

/** A yes/no that a component deep down reads, without the components around it rendering again when it changes. */
export interface Flag {
  get: () => boolean;
  set: (value: boolean) => void;
  subscribe: (listener: () => void) => () => void;
}

export function createFlag(initial: boolean): Flag {
  let value = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => value,
    set: (next) => {
      if (next === value) return;
      value = next;
      for (const listener of listeners) listener();
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export const useFlag = (flag: Flag): boolean => useSyncExternalStore(flag.subscribe, flag.get);
