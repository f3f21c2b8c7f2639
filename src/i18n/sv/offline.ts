/** Swedish strings for offline use and updates (the service worker's banner). */
export const offline = {
  update: {
    available: 'En ny version av eBlomlådan finns.',
    reload: 'Ladda om',
    reloading: 'Laddar om …',
  },
} as const;
