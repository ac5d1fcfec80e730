import type { CategoryBuilder } from '../check.js';

// Placeholder: finds nothing yet. Replaced by the real category.
export const names: CategoryBuilder = {
  categories: ['pupil_name','staff_name'],
  build: () => () => [],
};
