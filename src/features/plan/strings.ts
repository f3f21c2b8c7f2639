// The action plan's strings load with the plan, not with the start page.
import { addStrings } from '../../i18n/lazy';
import { plan as en } from '../../i18n/en/plan';
import { plan as sv } from '../../i18n/sv/plan';

addStrings('plan', { sv, en });
