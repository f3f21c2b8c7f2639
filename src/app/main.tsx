import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { startLanguage } from './language';
import { startStorage } from './storage-health';
import './styles.css';

startLanguage();
void startStorage();
// The service worker (offline use, update banner) exists only in the production build.
if (import.meta.env.PROD) void import('./update/register').then((m) => m.registerServiceWorker());

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
