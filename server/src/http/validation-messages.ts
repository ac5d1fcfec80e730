import { z } from 'zod';

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a set of fields',
};

/**
 * Zod's default messages are for programmers ("Invalid input: expected string, received
 * undefined"). These say the same in words an office manager can act on; messages written on a
 * schema itself still win.
 */
export function usePlainValidationMessages(): void {
  z.config({
    customError: (issue) => {
      if (issue.input === undefined && issue.code === 'invalid_type') return 'is required';
      if (issue.code === 'invalid_type') return `must be ${TYPE_WORDS[issue.expected] ?? issue.expected}`;
      if (issue.code === 'invalid_value') return `must be one of: ${issue.values.map(String).join(', ')}`;
      if (issue.code === 'too_small' && issue.origin === 'string') return issue.minimum === 1 ? 'is required' : `must be at least ${String(issue.minimum)} characters`;
      if (issue.code === 'too_big' && issue.origin === 'string') return `must be at most ${String(issue.maximum)} characters`;
      if (issue.code === 'unrecognized_keys') return `has fields Lanyard does not know: ${issue.keys.join(', ')}`;
      return undefined;
    },
  });
}
