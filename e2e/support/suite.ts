import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser.js';
import { startServer, type RunningServer } from './server.js';

export interface LanyardSuite {
  readonly server: RunningServer;
  readonly browser: Browser;
}

/**
 * Called inside a describe block: starts Lanyard on a fresh database and a browser before its
 * tests and stops both after them. Read `server` and `browser` in the tests, not when the
 * block is collected, since neither is running until beforeAll has run.
 */
export function lanyardSuite(): LanyardSuite {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  return {
    get server() {
      if (!server) throw new Error('The Lanyard server is not running: read it inside a test.');
      return server;
    },
    get browser() {
      if (!browser) throw new Error('The browser is not running: read it inside a test.');
      return browser;
    },
  };
}
