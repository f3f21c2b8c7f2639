// Strings every view but the start page uses; App.tsx loads this chunk with each lazy view.
import { addStrings } from './lazy';
import { live as enLive } from './en/live';
import { organisation as enOrganisation } from './en/organisation';
import { questionnaireImport as enQuestionnaireImport } from './en/questionnaireImport';
import { rounds as enRounds } from './en/rounds';
import { settings as enSettings } from './en/settings';
import { storageFailure as enStorageFailure } from './en/storageFailure';
import { live } from './sv/live';
import { organisation } from './sv/organisation';
import { questionnaireImport } from './sv/questionnaireImport';
import { rounds } from './sv/rounds';
import { settings } from './sv/settings';
import { storageFailure } from './sv/storageFailure';

addStrings('live', { sv: live, en: enLive });
addStrings('organisation', { sv: organisation, en: enOrganisation });
addStrings('questionnaireImport', { sv: questionnaireImport, en: enQuestionnaireImport });
addStrings('rounds', { sv: rounds, en: enRounds });
addStrings('settings', { sv: settings, en: enSettings });
addStrings('storageFailure', { sv: storageFailure, en: enStorageFailure });
