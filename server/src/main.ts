import { ConfigError, loadConfig, type Config } from './config.js';
import { openDatabase } from './db/client.js';
import { buildApp } from './app.js';
import { loggerOptions } from './http/redact.js';
import { demoSignIns, loadDemoIfEmpty } from './demo/seed.js';
import { runReminders } from './reminders/service.js';
import { MeaningWorker } from './checker/meaning.js';

async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (e) {
    if (e instanceof ConfigError) {
      console.error(e.message);
      process.exit(2);
    }
    throw e;
  }
  const db = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  const meaning = config.meaning ? new MeaningWorker() : undefined;
  const app = await buildApp({
    db,
    secretKey: config.secretKey,
    publicUrl: config.publicUrl,
    smtpUrl: config.smtpUrl,
    mailFrom: config.mailFrom,
    trustProxy: config.trustProxy,
    logger: loggerOptions(config.logLevel),
    ...(meaning ? { meaning: meaning.encode } : {}),
  });
  if (config.loadDemo) await loadDemoIfEmpty(db);
  const demo = await demoSignIns(db);
  // Reminders (acknowledgements due, policy reviews) are checked hourly; each is sent once. A run under way when the
  // server is told to stop is finished before the database closes, so no reminder is half sent (and none logs that the
  // pool had gone from under it).
  let closing = false;
  let running: Promise<void> = Promise.resolve();
  const remind = () => {
    if (closing) return;
    running = runReminders(app.ctx, new Date().toISOString().slice(0, 10)).then(
      () => undefined,
      (err: unknown) => app.log.error({ err }, 'reminders failed'),
    );
  };
  const reminderTimer = setInterval(remind, 3600_000);
  reminderTimer.unref();
  const firstReminders = setTimeout(remind, 10_000);
  firstReminders.unref();
  const shutdown = async () => {
    closing = true;
    clearInterval(reminderTimer);
    clearTimeout(firstReminders);
    await app.close();
    await running;
    await meaning?.close();
    await db.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown());
  process.on('SIGTERM', () => void shutdown());
  await app.listen({ port: config.port, host: config.host });
  if (demo) printDemo(demo, config);
  console.log(`\nLanyard is running at ${config.publicUrl} (database: ${db.kind === 'pglite' ? `embedded, in ${config.dataDir}` : 'PostgreSQL server'}; mail: ${config.smtpUrl ? 'SMTP' : 'outbox in the app'})\n`);
}

function printDemo(demo: { password: string; people: { role: string; email: string }[] }, config: Config): void {
  const width = Math.max(...demo.people.map((p) => p.role.length)) + 2;
  const lines = demo.people.map((p) => `  ${p.role.padEnd(width)} ${p.email}`);
  console.log(`\nDemo trust: sign in at ${config.publicUrl} with any of these (password ${demo.password}, unless you changed it)\n${lines.join('\n')}\n`);
}

main().catch((e: unknown) => {
  console.error('Lanyard could not start:', e instanceof Error ? e.message : e);
  process.exit(1);
});
