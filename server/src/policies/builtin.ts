import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parsePack, type Pack } from '@lanyard/core';

// The built-in packs ship in core beside the policy texts they were written from.
const BUILTIN_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../core/src/packs/builtin');

export interface BuiltinPolicy {
  id: string;
  pack: Pack;
  yaml: string;
  markdown: string;
}

let cache: BuiltinPolicy[] | null = null;

/** Every built-in pack with its policy text, read once. */
export function builtinPolicies(): BuiltinPolicy[] {
  cache ??= readdirSync(BUILTIN_DIR)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => {
      const id = f.replace(/\.yaml$/, '');
      const yaml = readFileSync(path.join(BUILTIN_DIR, f), 'utf8');
      const parsed = parsePack(yaml);
      if (!parsed.ok) throw new Error(`Built-in pack ${id} does not validate: ${parsed.errors[0]?.message}`);
      return { id, pack: parsed.pack, yaml, markdown: readFileSync(path.join(BUILTIN_DIR, `${id}.md`), 'utf8') };
    });
  return cache;
}

export function builtinPolicy(id: string): BuiltinPolicy | undefined {
  return builtinPolicies().find((b) => b.id === id);
}
