// Strings of rating a part with several respondents; the answer view imports this module.
import { ratings as en } from './en/ratings';
import { addStrings } from './lazy';
import { ratings as sv } from './sv/ratings';

addStrings('ratings', { sv, en });
