// The guide's strings load with the guide, not with the start page.
import { guide as en } from '../../i18n/en/guide';
import { addStrings } from '../../i18n/lazy';
import { guide as sv } from '../../i18n/sv/guide';

addStrings('guide', { sv, en });
