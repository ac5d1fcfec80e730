export * from './people/roles.js';
export * from './authorization/rules.js';
export * from './api/responses.js';
export * from './packs/situation.js';
export * from './packs/schema.js';
export * from './packs/parse.js';
export * from './packs/evaluate.js';
export * from './packs/clauses.js';
