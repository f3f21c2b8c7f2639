/** Where the journal of round-document changes not yet committed lives (journal.ts). Do not rename: a crashed page's changes wait under it. */
export const JOURNAL_KEY = 'eblomladan.journal';
