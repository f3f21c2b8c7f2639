/**
 * Notices about files and backups that other features show (settings, a round, a part). They
 * travel with those features' chunks, not with the start page; a feature imports this module.
 */
import { exchangeNotices as en } from './en/exchangeNotices';
import { addStrings } from './lazy';
import { exchangeNotices as sv } from './sv/exchangeNotices';

addStrings('exchangeNotices', { sv, en });
