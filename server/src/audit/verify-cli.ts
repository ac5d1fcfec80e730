// npm run audit:verify — checks every trust's audit chain. Same database settings as npm start.
// Exits 0 when intact, 1 naming the first broken entry, 2 when it cannot run.
import { ConfigError, loadConfig } from '../config.js';
import { openDatabase } from '../db/client.js';
import { verifyAuditLog } from './verify.js';

try {
  const config = loadConfig();
  const db = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  const report = await verifyAuditLog(db.system);
  await db.close();
  if (report.broken) {
    const b = report.broken;
    console.error(`Audit log BROKEN at trust ${b.trustId}, entry ${b.seq}${b.id ? ` (id ${b.id})` : ''}: ${b.reason}.`);
    process.exit(1);
  }
  console.log(`Audit log intact: ${report.events} entries in ${report.trusts} trust(s) verified.`);
} catch (e) {
  console.error(e instanceof ConfigError ? e.message : `Could not verify the audit log: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(2);
}
