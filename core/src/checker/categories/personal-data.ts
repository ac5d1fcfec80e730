import type { CategoryBuilder } from '../check.js';

// Placeholder: finds nothing yet. Replaced by the real category.
export const personalData: CategoryBuilder = {
  categories: ['personal_data'],
  build: () => () => [],
};
