// The comparison's strings load with the comparison, not with the start page.
import { addStrings } from '../../i18n/lazy';
import { compare as en } from '../../i18n/en/compare';
import { compare as sv } from '../../i18n/sv/compare';

addStrings('compare', { sv, en });
