import nodemailer from 'nodemailer';
import { and, eq, isNull } from 'drizzle-orm';
import type { FastifyBaseLogger } from 'fastify';
import type { Db, Tx } from '../db/client.js';
import { mailOutbox } from '../db/schema.js';
import type { Sealer } from '../security/encryption.js';

export interface MailMessage {
  trustId: string;
  schoolId: string | null;
  to: string;
  subject: string;
  text: string;
}

/**
 * Every message is first written to the outbox inside the transaction that caused it, so a mail
 * is never lost to a failed send nor sent for a change that rolled back. Without SMTP_URL the
 * outbox is where mail stays (administrators read it in the app); with it, `deliver` sends
 * what is waiting after each commit and on a timer, so a mail server that was down is retried.
 */
export interface Mailer {
  transport: 'outbox' | 'smtp';
  queue(tx: Tx, message: MailMessage): Promise<void>;
  deliver(): Promise<number>;
  close(): void;
}

export function makeMailer(opts: { smtpUrl: string | undefined; from: string; system: Db; sealer: Sealer; log: FastifyBaseLogger }): Mailer {
  const transporter = opts.smtpUrl ? nodemailer.createTransport(opts.smtpUrl) : null;
  const transport = transporter ? 'smtp' : 'outbox';
  let delivering: Promise<number> | null = null;
  const timer = transporter ? setInterval(() => void deliver(), 30_000) : null;
  timer?.unref();

  async function deliverWaiting(): Promise<number> {
    if (!transporter) return 0;
    const waiting = await opts.system
      .select()
      .from(mailOutbox)
      .where(and(eq(mailOutbox.transport, 'smtp'), isNull(mailOutbox.sentAt)))
      .limit(50);
    let sent = 0;
    for (const m of waiting) {
      try {
        await transporter.sendMail({ from: opts.from, to: m.toAddress, subject: m.subject, text: opts.sealer.open(m.bodyEncrypted) });
        await opts.system.update(mailOutbox).set({ sentAt: new Date(), error: null }).where(eq(mailOutbox.id, m.id));
        sent++;
      } catch (err) {
        const message = err instanceof Error ? err.message : String(err);
        opts.log.warn({ mailId: m.id, error: message }, 'mail not sent; will retry');
        await opts.system.update(mailOutbox).set({ error: message.slice(0, 500) }).where(eq(mailOutbox.id, m.id));
      }
    }
    return sent;
  }

  function deliver(): Promise<number> {
    // one delivery run at a time, so a slow server does not get each message twice
    delivering ??= deliverWaiting().finally(() => {
      delivering = null;
    });
    return delivering;
  }

  return {
    transport,
    async queue(tx, m) {
      await tx.insert(mailOutbox).values({
        trustId: m.trustId,
        schoolId: m.schoolId,
        toAddress: m.to,
        subject: m.subject,
        bodyEncrypted: opts.sealer.seal(m.text),
        transport,
      });
    },
    deliver,
    close() {
      if (timer) clearInterval(timer);
      transporter?.close();
    },
  };
}
