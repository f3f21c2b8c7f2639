// The flower box's strings load with the flower box, not with the start page.
import { addStrings } from '../../i18n/lazy';
import { flowerbox as en } from '../../i18n/en/flowerbox';
import { flowerbox as sv } from '../../i18n/sv/flowerbox';

addStrings('flowerbox', { sv, en });
