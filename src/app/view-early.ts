/**
 * Starts downloading the code of the view at this address. main.tsx imports this module first,
 * so it runs before the rest of the entry (React, the layout, the strings) is evaluated, and the
 * view's files arrive while that runs instead of after it (issue 18, item 8). The app asks for
 * the same modules again and gets these (a module loads once); a failed load is reported there,
 * by the view's error boundary.
 */
import { hashLocation } from './route-pattern';
import { findRoute } from './routes';

const route = findRoute(hashLocation(window.location.hash));
if (route.load) void route.load().catch(() => undefined);
if (route.storage) void import('./storage-health').catch(() => undefined);
