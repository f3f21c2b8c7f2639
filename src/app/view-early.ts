/**
 * Starts downloading the code of the view at this address, and opening storage when it uses
 * data. main.tsx imports this module first, so it runs before the rest of the entry (React, the
 * layout, the strings) is evaluated, and the view's files arrive while that runs instead of after
 * it (issue 18, item 8). The app asks for the same modules again and gets these (a module loads
 * once); a failed load is reported there, by the view's error boundary.
 */
import { hashLocation } from './route-pattern';
import { findRoute } from './routes';
import { startStorageOnce } from './storage-start';

/** The route at the address the page was opened on. */
export const route = findRoute(hashLocation(window.location.hash));
// Storage first: its chunk alone is smaller than the view's, so the database opens while the
// view's code is still arriving and being evaluated.
if (route.storage) void startStorageOnce();
if (route.load) void route.load().catch(() => undefined);
