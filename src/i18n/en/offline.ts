import type { Messages } from '../sv';

/** English strings for offline use and updates (the service worker's banner). */
export const offline: Messages['offline'] = {
  update: {
    available: 'A new version of eBlomlådan is available.',
    reload: 'Reload',
    reloading: 'Reloading …',
  },
};
