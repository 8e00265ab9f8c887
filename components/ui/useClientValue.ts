import { useSyncExternalStore } from 'react';

const subscribeToNothing = () => () => {};

/**
 * `server` while the static HTML is rendered and hydrated, `client()` once JavaScript runs in
 * the browser: for what only exists there (the clipboard, today's date, the address's query).
 */
export function useClientValue<T>(client: () => T, server: T): T {
  return useSyncExternalStore(subscribeToNothing, client, () => server);
}
