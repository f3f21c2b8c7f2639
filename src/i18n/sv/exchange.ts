/** Swedish strings for files that the start page needs: the navigation label. */
export const exchange = {
  openFile: 'Öppna fil',
} as const;
