// The example's strings: its view and the banner, which loads only while the example is shown.
import { example as en } from './en/example';
import { addStrings } from './lazy';
import { example as sv } from './sv/example';

addStrings('example', { sv, en });
