/**
 * Facts of the accessibility statement that change with each review. Update them together
 * with the text when the app is re-assessed.
 */
export const ASSESSED_ON = '2026-11-23';
export const UPDATED_ON = '2026-11-23';

/** Where to report accessibility problems; set VITE_ACCESSIBILITY_CONTACT when deploying. */
export const CONTACT_EMAIL: string | undefined = import.meta.env.VITE_ACCESSIBILITY_CONTACT || undefined;

export const DIGG_REPORT_URL = 'https://www.digg.se/tdosanmalan';
