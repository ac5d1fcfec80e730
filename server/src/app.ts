import type { Encode } from '@lanyard/core';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyCsrf from '@fastify/csrf-protection';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import { jsonSchemaTransform, jsonSchemaTransformObject, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { createHmac } from 'node:crypto';
import type { Database } from './db/client.js';
import type { AppContext } from './context.js';
import { makeSealer } from './security/encryption.js';
import { makeMailer } from './mail/mailer.js';
import { DEFAULT_THROTTLE, type ThrottlePolicy } from './auth/throttle.js';
import { actorForSession, SESSION_COOKIE } from './auth/sessions.js';
import { registerProblemHandler } from './http/problem.js';
import { NotSignedIn } from './http/errors.js';
import { usePlainValidationMessages } from './http/validation-messages.js';
import { requireRouteDeclaresAccess } from './http/route-access.js';
import { authRoutes } from './auth/routes.js';
import { healthRoutes } from './http/health.js';
import { trustRoutes } from './trusts/routes.js';
import { schoolRoutes } from './schools/routes.js';
import { peopleRoutes } from './people/routes.js';
import { mailRoutes } from './mail/routes.js';
import { auditRoutes } from './audit/routes.js';
import { policyRoutes } from './policies/routes.js';
import { acknowledgementRoutes } from './acknowledgements/routes.js';
import { requestRoutes } from './requests/routes.js';
import { trainingRoutes } from './training/routes.js';
import { checkerRoutes } from './checker/routes.js';
import { checkerWordsRoutes } from './checker/words-routes.js';

export interface AppOptions {
  db: Database;
  secretKey: Buffer;
  publicUrl: string;
  smtpUrl?: string | undefined;
  mailFrom?: string;
  throttle?: Partial<ThrottlePolicy>;
  logger?: FastifyServerOptions['logger'];
  trustProxy?: boolean;
  /** the sentence encoder for the checker's reading of meaning (a MeaningWorker's encode); omitted means it is off */
  meaning?: Encode;
  /** built web app to serve; omitted means web/dist when it exists */
  webDist?: string | null;
}

const DEFAULT_WEB_DIST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../web/dist');

/** Builds the whole app without listening, so tests can drive it with inject(). */
export type LanyardApp = FastifyInstance & { ctx: AppContext };

export async function buildApp(opts: AppOptions): Promise<LanyardApp> {
  const app = Fastify({
    logger: opts.logger ?? false,
    trustProxy: opts.trustProxy ?? false,
    bodyLimit: 1024 * 1024,
  });
  usePlainValidationMessages();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  const webDist = opts.webDist === undefined ? DEFAULT_WEB_DIST : opts.webDist;
  const serveWeb = Boolean(webDist && existsSync(path.join(webDist, 'index.html')));
  registerProblemHandler(app, { spaIndex: serveWeb });

  const sealer = makeSealer(opts.secretKey);
  const mailer = makeMailer({ smtpUrl: opts.smtpUrl, from: opts.mailFrom ?? 'Lanyard <no-reply@lanyard.local>', system: opts.db.system, sealer, log: app.log });
  const ctx: AppContext = { db: opts.db, mailer, sealer, throttle: { ...DEFAULT_THROTTLE, ...opts.throttle }, publicUrl: opts.publicUrl, log: app.log, meaning: opts.meaning };
  app.addHook('onClose', async () => mailer.close());

  // Security headers on every answer; the web app and the API docs load only their own files.
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: { directives: { 'default-src': ["'self'"], 'img-src': ["'self'", 'data:'], 'style-src': ["'self'", "'unsafe-inline'"], 'upgrade-insecure-requests': opts.trustProxy ? [] : null } },
    hsts: opts.trustProxy ? undefined : false,
  });
  await app.register(fastifyCookie, { secret: createHmac('sha256', opts.secretKey).update('cookie-signing').digest('hex') });
  await app.register(fastifyCsrf, { cookieOpts: { path: '/', sameSite: 'strict', httpOnly: true, secure: 'auto', signed: true } });

  // Every state-changing API call must carry the CSRF token from GET /api/csrf-token.
  app.addHook('onRequest', (req, reply, done) => {
    if (['GET', 'HEAD', 'OPTIONS'].includes(req.method) || !req.url.startsWith('/api/')) return done();
    app.csrfProtection(req, reply, done);
  });

  app.decorateRequest('actor', null);
  app.decorateRequest('sessionToken', null);
  app.addHook('onRequest', async (req) => {
    const token = req.cookies[SESSION_COOKIE];
    if (!token || !req.url.startsWith('/api/')) return;
    req.sessionToken = token;
    req.actor = await actorForSession(opts.db.system, token);
  });
  // Signed out? Say so before looking at the request, so the answer does not depend on its content.
  app.addHook('preValidation', async (req) => {
    const access = req.routeOptions.config;
    if (req.url.startsWith('/api/') && access.action && !access.public && !req.actor) throw NotSignedIn();
  });

  await app.register(fastifySwagger, {
    openapi: {
      info: { title: 'Lanyard API', version: '0.1.0', description: 'Everything the Lanyard web app does, a school\u2019s own tools can do through this API. Sign in with POST /api/session; send the x-csrf-token header (GET /api/csrf-token) on every change.' },
    },
    transform: jsonSchemaTransform,
    // the schemas named with .meta({ id }) go into components, where the routes' $refs point
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs', staticCSP: true });
  app.get('/api/openapi.json', { schema: { hide: true }, config: { public: true } }, async () => app.swagger());

  requireRouteDeclaresAccess(app);
  await healthRoutes(app, ctx);
  await authRoutes(app, ctx);
  await trustRoutes(app, ctx);
  await schoolRoutes(app, ctx);
  await peopleRoutes(app, ctx);
  await mailRoutes(app, ctx);
  await auditRoutes(app, ctx);
  await policyRoutes(app, ctx);
  await acknowledgementRoutes(app, ctx);
  await requestRoutes(app, ctx);
  await trainingRoutes(app, ctx);
  await checkerRoutes(app, ctx);
  await checkerWordsRoutes(app, ctx);

  if (serveWeb) await app.register(fastifyStatic, { root: webDist!, wildcard: false });

  return Object.assign(app, { ctx }) as unknown as LanyardApp;
}
