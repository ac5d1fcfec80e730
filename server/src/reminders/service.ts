import { and, eq, inArray, isNotNull, isNull } from 'drizzle-orm';
import type { AppContext } from '../context.js';
import type { Tx } from '../db/client.js';
import { ackCampaigns, people, policies, policyVersions, remindersSent, roleAssignments, schools } from '../db/schema.js';
import { coverage } from '../acknowledgements/service.js';

/** Acknowledgement reminders start a week before the due date; after it, one a week until done. */
const BEFORE_DUE_DAYS = 7;
/** Review reminders start a month before the review date; after it, one a month. */
const BEFORE_REVIEW_DAYS = 30;

const daysBetween = (a: string, b: string) => Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86400_000);

/**
 * Sends the reminders that are due today: to people who have not acknowledged the policy in force,
 * and to those responsible for a policy whose review is near or past. Each reminder is sent once
 * (reminders_sent), so the timer may run as often as it likes. Returns how many were written.
 */
export async function runReminders(ctx: AppContext, today: string): Promise<number> {
  let written = 0;
  const campaigns = await ctx.db.system
    .select({ c: ackCampaigns, status: policyVersions.status })
    .from(ackCampaigns)
    .innerJoin(policyVersions, eq(policyVersions.id, ackCampaigns.policyVersionId));
  for (const { c, status } of campaigns) {
    // People who joined late have later due dates (induction), so no campaign is skipped on its own date.
    if (status !== 'ratified') continue;
    const schoolIds = c.schoolId ? [c.schoolId] : (await ctx.db.system.select({ id: schools.id }).from(schools).where(eq(schools.trustId, c.trustId))).map((s) => s.id);
    await ctx.db.withTenant({ trustId: c.trustId, schoolIds: [], trustWide: true }, async (tx) => {
      const [version] = await tx.select().from(policyVersions).where(eq(policyVersions.id, c.policyVersionId));
      const [policy] = await tx.select().from(policies).where(eq(policies.id, version!.policyId));
      for (const schoolId of schoolIds) {
        const cov = await coverage(tx, schoolId, version!);
        for (const p of cov.people.filter((x) => !x.acknowledgedAt && x.email && x.dueOn)) {
          const dueOn = p.dueOn!;
          if (daysBetween(today, dueOn) > BEFORE_DUE_DAYS) continue;
          const key = today <= dueOn ? `ack-due:${c.id}:${p.id}` : `ack-overdue:${c.id}:${p.id}:${Math.floor(daysBetween(dueOn, today) / 7)}`;
          if (!(await claim(tx, c.trustId, key))) continue;
          await ctx.mailer.queue(tx, {
            trustId: c.trustId,
            schoolId,
            to: p.email!,
            subject: today <= dueOn ? `Please read and acknowledge: ${policy!.title}` : `Overdue: please acknowledge ${policy!.title}`,
            text: `Hello ${p.name.split(' ')[0]},\n\n${policy!.title} (version ${version!.versionNo}) is in force${today <= dueOn ? ` and needs your acknowledgement by ${dueOn}` : `; your acknowledgement was due on ${dueOn}`}.\nPlease read it and acknowledge it in Lanyard:\n\n${ctx.publicUrl}/schools/${schoolId}/policies/versions/${version!.id}\n`,
          });
          written++;
        }
      }
    });
  }
  written += await reviewReminders(ctx, today);
  if (written) void ctx.mailer.deliver();
  return written;
}

async function reviewReminders(ctx: AppContext, today: string): Promise<number> {
  let written = 0;
  const due = await ctx.db.system
    .select()
    .from(policyVersions)
    .where(and(eq(policyVersions.status, 'ratified'), isNotNull(policyVersions.nextReviewOn)));
  for (const v of due) {
    const until = daysBetween(today, v.nextReviewOn!);
    if (until > BEFORE_REVIEW_DAYS) continue;
    const key = until >= 0 ? `review-soon:${v.id}` : `review-overdue:${v.id}:${Math.floor(-until / 30)}`;
    await ctx.db.withTenant({ trustId: v.trustId, schoolIds: [], trustWide: true }, async (tx) => {
      if (!(await claim(tx, v.trustId, key))) return;
      const [policy] = await tx.select().from(policies).where(eq(policies.id, v.policyId));
      for (const r of await reviewers(tx, v)) {
        await ctx.mailer.queue(tx, {
          trustId: v.trustId,
          schoolId: v.schoolId,
          to: r.email,
          subject: until >= 0 ? `Review due on ${v.nextReviewOn}: ${policy!.title}` : `Review overdue: ${policy!.title}`,
          text: `Hello ${r.given},\n\n${policy!.title} (version ${v.versionNo}) ${until >= 0 ? `is due for review on ${v.nextReviewOn}` : `was due for review on ${v.nextReviewOn} and is now overdue`}.\nStart a new version in Lanyard when the review is done:\n\n${ctx.publicUrl}/schools/${v.schoolId ?? ''}/policies\n`,
        });
        written++;
      }
    });
  }
  return written;
}

/** The person responsible for the policy, and the heads (a trust policy: the trust administrators). */
async function reviewers(tx: Tx, v: typeof policyVersions.$inferSelect): Promise<{ given: string; email: string }[]> {
  const role = v.schoolId ? 'headteacher' : 'trust_admin';
  const holders = await tx
    .select({ id: people.id })
    .from(roleAssignments)
    .innerJoin(people, eq(people.id, roleAssignments.personId))
    .where(and(eq(roleAssignments.role, role), v.schoolId ? eq(roleAssignments.schoolId, v.schoolId) : isNull(roleAssignments.schoolId)));
  const ids = [...new Set([...holders.map((h) => h.id), ...(v.responsiblePersonId ? [v.responsiblePersonId] : [])])];
  if (!ids.length) return [];
  const rows = await tx.select({ given: people.givenName, email: people.email }).from(people).where(inArray(people.id, ids));
  return rows.filter((r): r is { given: string; email: string } => r.email !== null);
}

/** True the first time a reminder key is seen; false after. */
async function claim(tx: Tx, trustId: string, key: string): Promise<boolean> {
  const inserted = await tx.insert(remindersSent).values({ key, trustId }).onConflictDoNothing().returning({ key: remindersSent.key });
  return inserted.length > 0;
}

