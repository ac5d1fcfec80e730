import type { CategoryBuilder } from '../check.js';

// Placeholder: finds nothing yet. Replaced by the real category.
export const commercial: CategoryBuilder = {
  categories: ['commercial'],
  build: () => () => [],
};
