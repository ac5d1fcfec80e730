import type { FastifyInstance, RouteOptions } from 'fastify';

/**
 * Each API route states who may reach it: `public: true` (signing in, health) or an `action`
 * from the rules table (or 'self' for the signed-in person's own session). A route that states
 * neither stops the app from starting, so a new route cannot slip past the authorisation matrix.
 */
export interface RouteAccess {
  public?: boolean;
  action?: string;
}

export const declaredRoutes: { method: string; url: string; access: RouteAccess }[] = [];

export function requireRouteDeclaresAccess(app: FastifyInstance): void {
  app.addHook('onRoute', (route: RouteOptions) => {
    if (!route.url.startsWith('/api/') || route.url.startsWith('/api/docs')) return;
    const access = (route.config ?? {}) as RouteAccess;
    if (!access.public && !access.action) throw new Error(`Route ${String(route.method)} ${route.url} must declare config.public or config.action`);
    for (const method of [route.method].flat()) {
      if (method === 'HEAD') continue;
      if (!declaredRoutes.some((r) => r.method === method && r.url === route.url)) declaredRoutes.push({ method, url: route.url, access });
    }
  });
}

declare module 'fastify' {
  interface FastifyContextConfig {
    public?: boolean;
    action?: string;
  }
}
