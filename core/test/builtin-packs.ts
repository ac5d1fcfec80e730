// Test and benchmark support: reads the built-in packs and their policy texts from disk.
// (Core itself does no I/O; the server reads them the same way.)
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { compilePack, parsePack, type CompiledPack, type Pack } from '../src/index.js';

export const BUILTIN_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../src/packs/builtin');

export interface BuiltinPack {
  id: string;
  pack: Pack;
  compiled: CompiledPack;
  markdown: string;
}

export function builtinIds(): string[] {
  return readdirSync(BUILTIN_DIR)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => f.replace(/\.yaml$/, ''))
    .sort();
}

export function loadBuiltin(id: string): BuiltinPack {
  const parsed = parsePack(readFileSync(path.join(BUILTIN_DIR, `${id}.yaml`), 'utf8'));
  if (!parsed.ok) throw new Error(`${id}.yaml: ${parsed.errors.map((e) => `line ${e.line}: ${e.path} ${e.message}`).join('; ')}`);
  return { id, pack: parsed.pack, compiled: compilePack(parsed.pack), markdown: readFileSync(path.join(BUILTIN_DIR, `${id}.md`), 'utf8') };
}
