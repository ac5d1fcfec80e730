import type { CategoryBuilder } from '../check.js';

// Placeholder: finds nothing yet. Replaced by the real category.
export const offensive: CategoryBuilder = {
  categories: ['profanity','sexual','hate','threat','bullying'],
  build: () => () => [],
};
