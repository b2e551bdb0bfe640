import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import { type INestApplication, ValidationPipe } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import cookieParser from 'cookie-parser';
import express, { type NextFunction, type Request, type Response } from 'express';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module';
import { inputValidationError } from './common/validation/validation-errors';
import { APP_CONFIG } from './config/config.module';
import type { AppConfig } from './config/env.schema';
import { CSP_NONCE_PLACEHOLDER, cspNonce, securityHeaders } from './security-headers';

/**
 * Serves the built portal (if present) with a fallback to index.html for client-side routes. Each page gets its
 * own CSP nonce in place of the build's placeholder (`<app-root ngCspNonce>`, copied by the build to the inlined
 * critical CSS and its loader script), matching the nonce in that response's Content-Security-Policy.
 */
function servePortal(app: NestExpressApplication, webDist: string): boolean {
  const root = resolve(webDist);
  const index = join(root, 'index.html');
  if (!existsSync(index)) return false;
  const page = (res: Response, next: NextFunction) => {
    readFile(index, 'utf8').then((html) => {
      res.setHeader('Cache-Control', 'no-cache');
      res.type('html').send(html.replaceAll(CSP_NONCE_PLACEHOLDER, cspNonce(res)));
    }, next);
  };
  app.use('/index.html', (req: Request, res: Response, next: NextFunction) => (req.method === 'GET' || req.method === 'HEAD' ? page(res, next) : next()));
  app.use(express.static(root, { index: false, maxAge: '1h' }));
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' || req.path.startsWith('/graphql') || req.path.startsWith('/health') || req.path.startsWith('/api/')) return next();
    if (extname(req.path) !== '') return next();
    page(res, next);
  });
  return true;
}

export interface StartedApi {
  app: INestApplication;
  url: string;
  servesPortal: boolean;
}

/** Creates and starts the API; used by main.ts and by the integration tests. */
export async function startApi(options: { port?: number; quiet?: boolean } = {}): Promise<StartedApi> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule, { bufferLogs: true, bodyParser: false });
  const logger = app.get(Logger);
  app.useLogger(options.quiet === true ? false : logger);
  const config = app.get<AppConfig>(APP_CONFIG);
  if (config.trustProxy) app.set('trust proxy', 1);
  app.disable('x-powered-by');
  // Before everything else, so every response (the portal, GraphQL, downloads, errors) carries them.
  app.use(securityHeaders(config));
  app.use(cookieParser());
  app.useBodyParser('json', { limit: `${config.requestBodyLimitKb}kb` });
  app.useGlobalPipes(new ValidationPipe({ whitelist: true, forbidNonWhitelisted: true, transform: true, exceptionFactory: inputValidationError }));
  app.enableShutdownHooks();
  const servesPortal = servePortal(app, config.webDist);
  await app.listen(options.port ?? config.port, config.host);
  const address = app.getHttpServer().address() as { port: number };
  return { app, url: `http://localhost:${address.port}`, servesPortal };
}
