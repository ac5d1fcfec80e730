export * from './people/roles.js';
export * from './authorization/rules.js';
export * from './api/responses.js';
