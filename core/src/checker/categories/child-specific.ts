import type { CategoryBuilder } from '../check.js';

// Placeholder: finds nothing yet. Replaced by the real category.
export const childSpecific: CategoryBuilder = {
  categories: ['child_specific'],
  build: () => () => [],
};
