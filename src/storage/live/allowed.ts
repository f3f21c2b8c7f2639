/**
 * Where this installation may connect for live rounds. The built page's Content-Security-Policy
 * allows its own origin (a relay behind the same proxy as the app, e.g. `wss://<host>/relay`) and
 * the origins given at build time in VITE_RELAY_ORIGINS (vite.config.ts); the browser refuses
 * every other, so the settings say so before trying.
 */
import { relayAllowed } from '../../domain/live/link';

export const BUILD_RELAY_ORIGINS: readonly string[] = (import.meta.env.VITE_RELAY_ORIGINS ?? '')
  .split(/\s+/)
  .filter(Boolean);

export const mayConnect = (address: string) =>
  relayAllowed(address, { host: location.host }, BUILD_RELAY_ORIGINS);
