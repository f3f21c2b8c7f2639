// The strings of "Jämför med andra" load with the view, not with the start page.
import { addStrings } from '../../i18n/lazy';
import { peers as en } from '../../i18n/en/peers';
import { peers as sv } from '../../i18n/sv/peers';

addStrings('peers', { sv, en });
