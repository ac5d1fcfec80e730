import type { Role } from '../people/roles.js';
import type { Citation, Outcome, Pack, Rule } from './schema.js';
import { SituationSchema, type Situation, type SituationInput, type Topic } from './situation.js';

/**
 * How strongly an outcome binds, weakest first. Where several rules meet one situation the answer
 * leads with the strongest: a pupil's friend request is forbidden to accept, and must also be
 * reported, so the person is told first to report it.
 */
const STRENGTH: Record<Outcome, number> = {
  allowed: 0,
  allowed_with_care: 1,
  needs_permission: 2,
  must_declare: 3,
  forbidden: 4,
  must_report: 5,
};

export interface Finding {
  ruleId: string;
  outcome: Outcome;
  say: string;
  next: string[];
  role: Role | null;
  cites: Citation[];
}

export type Answer =
  | { covered: true; outcome: Outcome; role: Role | null; findings: Finding[] }
  | { covered: false; outcome: null; role: Role; findings: [] };

type Predicate = (s: Record<string, unknown>) => boolean;
interface CompiledRule {
  rule: Rule;
  matches: Predicate;
  finding: Finding;
}

/** A pack made ready to answer: rules grouped by topic, conditions turned into functions once. */
export interface CompiledPack {
  pack: Pack;
  byTopic: Map<Topic, CompiledRule[]>;
}

export function compilePack(pack: Pack): CompiledPack {
  const byTopic = new Map<Topic, CompiledRule[]>();
  for (const rule of pack.rules) {
    const checks: Predicate[] = Object.entries(rule.when)
      .filter(([field]) => field !== 'topic')
      .map(([field, cond]) => fieldCheck(field, cond, pack.thresholds));
    const matches: Predicate = (s) => checks.every((c) => c(s));
    const finding: Finding = { ruleId: rule.id, outcome: rule.outcome, say: rule.say, next: rule.next, role: rule.role ?? null, cites: rule.cites };
    const list = byTopic.get(rule.when.topic) ?? [];
    list.push({ rule, matches, finding });
    byTopic.set(rule.when.topic, list);
  }
  return { pack, byTopic };
}

function fieldCheck(field: string, cond: unknown, thresholds: Record<string, number>): Predicate {
  if (Array.isArray(cond)) return (s) => cond.includes(s[field]);
  if (cond !== null && typeof cond === 'object') {
    const bound = (b: number | string) => (typeof b === 'number' ? b : thresholds[b]!);
    const c = cond as Record<'lt' | 'lte' | 'gt' | 'gte', number | string | undefined>;
    const tests: ((v: number) => boolean)[] = [];
    if (c.lt !== undefined) { const n = bound(c.lt); tests.push((v) => v < n); }
    if (c.lte !== undefined) { const n = bound(c.lte); tests.push((v) => v <= n); }
    if (c.gt !== undefined) { const n = bound(c.gt); tests.push((v) => v > n); }
    if (c.gte !== undefined) { const n = bound(c.gte); tests.push((v) => v >= n); }
    // An age the person did not give cannot satisfy a comparison: the rule does not apply.
    return (s) => typeof s[field] === 'number' && tests.every((t) => t(s[field] as number));
  }
  return (s) => s[field] === cond;
}

/** Answers a situation that is already valid (see `ask` for raw input). */
export function evaluate(compiled: CompiledPack, situation: Situation): Answer {
  const rules = compiled.byTopic.get(situation.topic);
  const findings: Finding[] = [];
  if (rules) {
    const s = situation as unknown as Record<string, unknown>;
    for (const r of rules) if (r.matches(s)) findings.push(r.finding);
  }
  if (findings.length === 0) return { covered: false, outcome: null, role: compiled.pack.askWhenSilent, findings: [] };
  findings.sort((a, b) => STRENGTH[b.outcome] - STRENGTH[a.outcome]);
  const lead = findings[0]!;
  return { covered: true, outcome: lead.outcome, role: lead.role ?? findings.find((f) => f.role)?.role ?? null, findings };
}

/** Validates raw input (from a form or an API call) and answers it. */
export function ask(compiled: CompiledPack, input: SituationInput): Answer {
  return evaluate(compiled, SituationSchema.parse(input));
}
