import type { Messages } from '../sv';

/** English strings for files that the start page needs. */
export const exchange: Messages['exchange'] = {
  openFile: 'Open file',
};
