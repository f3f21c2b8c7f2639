// The exchange views' strings, and the messages for broken exchange files, load with those
// views, not with the start page.
import '../../i18n/exchange-strings';
import { addStrings } from '../../i18n/lazy';
import { exchangeValidation as enValidation } from '../../i18n/en/exchangeValidation';
import { exchangeViews as en } from '../../i18n/en/exchangeViews';
import { exchangeValidation as svValidation } from '../../i18n/sv/exchangeValidation';
import { exchangeViews as sv } from '../../i18n/sv/exchangeViews';

addStrings('exchangeViews', { sv, en });
addStrings('exchangeValidation', { sv: svValidation, en: enValidation });
