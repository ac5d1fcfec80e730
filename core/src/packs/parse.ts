import { LineCounter, parseDocument, isNode } from 'yaml';
import { PackSchema, type Pack } from './schema.js';

export interface PackError {
  /** 1-based line in the YAML, when the error points at a place */
  line: number | null;
  path: string;
  message: string;
}

export type PackParse = { ok: true; pack: Pack } | { ok: false; errors: PackError[] };

/**
 * Reads a pack from YAML (JSON is YAML too) and validates it, naming the line of each error so
 * a school editing its own pack in the app can find it.
 */
export function parsePack(text: string): PackParse {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: true });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      errors: doc.errors.map((e) => ({ line: e.linePos?.[0]?.line ?? null, path: '', message: e.message.split('\n')[0] ?? e.message })),
    };
  }
  const result = PackSchema.safeParse(doc.toJS());
  if (result.success) return { ok: true, pack: result.data };
  return {
    ok: false,
    errors: result.error.issues.map((issue) => {
      const path = issue.path.map(String);
      const node = nearestNode(doc, path);
      const line = node?.range ? lineCounter.linePos(node.range[0]).line : null;
      return { line, path: path.join('.'), message: issue.message };
    }),
  };
}

/** The deepest node that exists along the path: a missing field points at its parent. */
function nearestNode(doc: ReturnType<typeof parseDocument>, path: string[]) {
  for (let n = path.length; n >= 0; n--) {
    const keys = path.slice(0, n).map((k) => (/^\d+$/.test(k) ? Number(k) : k));
    const node = n === 0 ? doc.contents : doc.getIn(keys, true);
    if (isNode(node)) return node;
  }
  return null;
}
