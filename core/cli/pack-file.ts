// The command line's --pack: a built-in pack by its id ("belsteads") or a pack's YAML file, whose
// `checker` section puts the school's policy clause on each finding.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { citationProblems, packCitations, parsePack, type PackCheckerClauses } from '../src/index.js';

const BUILTIN_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../src/packs/builtin');

export class PackInvalid extends Error {}

/** A built-in pack's YAML file, when `arg` is a built-in pack's id. */
function builtinFile(arg: string): string | null {
  if (!/^[a-z0-9][a-z0-9_-]*$/.test(arg)) return null;
  const file = path.join(BUILTIN_DIR, `${arg}.yaml`);
  return existsSync(file) ? file : null;
}

/**
 * The checker section of the pack `arg` names, or PackInvalid saying what is wrong and where. When
 * the policy's text stands beside the pack (FILE.md beside FILE.yaml, as for the built-in packs),
 * every quote is checked against its clause, as the app does when a pack is attached.
 */
export function loadPackClauses(arg: string): PackCheckerClauses {
  if (!arg) throw new PackInvalid('no pack given after --pack: give a pack\'s YAML file or a built-in pack\'s id, such as belsteads');
  const file = builtinFile(arg) ?? arg;
  let yaml: string;
  try {
    yaml = readFileSync(file, 'utf8');
  } catch (e) {
    throw new PackInvalid(`cannot read the pack ${arg}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message} (give a pack's YAML file or a built-in pack's id)`);
  }
  const parsed = parsePack(yaml);
  if (!parsed.ok) {
    const problems = parsed.errors.slice(0, 5).map((e) => `${e.line ? `line ${e.line}: ` : ''}${e.path ? `${e.path}: ` : ''}${e.message}`);
    throw new PackInvalid(`${arg} is not a policy pack: ${problems.join('; ')}`);
  }
  const textFile = file.replace(/\.(ya?ml|json)$/, '') + '.md';
  if (textFile !== file && existsSync(textFile)) {
    const problems = citationProblems(readFileSync(textFile, 'utf8'), packCitations(parsed.pack));
    if (problems.length) throw new PackInvalid(`${arg} quotes words its policy text (${path.basename(textFile)}) does not have: ${problems.slice(0, 5).join('; ')}`);
  }
  return parsed.pack.checker;
}
