// The report's strings load with the report, not with the start page.
import { addStrings } from '../../i18n/lazy';
import { report as en } from '../../i18n/en/report';
import { report as sv } from '../../i18n/sv/report';

addStrings('report', { sv, en });
