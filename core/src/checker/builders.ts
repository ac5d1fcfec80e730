import type { CategoryBuilder } from './check.js';
import { childSpecific } from './categories/child-specific.js';
import { commercial } from './categories/commercial.js';
import { names } from './categories/names.js';
import { offensive } from './categories/offensive.js';
import { personalData } from './categories/personal-data.js';
import { photoConsent } from './categories/photo-consent.js';
import { schoolIdentification } from './categories/school-identification.js';

/** Every category of the checker, in the order their findings are worked out. */
export const ALL_BUILDERS: readonly CategoryBuilder[] = [names, childSpecific, photoConsent, schoolIdentification, personalData, commercial, offensive];
