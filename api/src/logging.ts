import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Params } from 'nestjs-pino';
import type { DestinationStream, LogFn, Logger } from 'pino';
import type { AppConfig } from './config/env.schema';

const REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

/** A request id per request: the caller's X-Request-Id when well-formed, else a new UUID. */
export function requestId(req: IncomingMessage, res: ServerResponse): string {
  const incoming = req.headers['x-request-id'];
  const id = typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
  res.setHeader('X-Request-Id', id);
  return id;
}

/** The GraphQL operation a request names (its body's `operationName`), if any. */
function operationName(req: IncomingMessage): string | null {
  const body: unknown = (req as IncomingMessage & { body?: unknown }).body;
  if (typeof body !== 'object' || body === null || !('operationName' in body)) return null;
  const name = body.operationName;
  return typeof name === 'string' && /^[A-Za-z_][A-Za-z0-9_]{0,99}$/.test(name) ? name : null;
}

/** One request as a line: `POST /graphql MyChildren 200 12 ms` (the path without its query string). */
export function requestLine(req: IncomingMessage, res: ServerResponse, responseTime: number | null): string {
  // Express's originalUrl: under Nest's middleware, req.url is relative to the route it is mounted on.
  const url = (req as IncomingMessage & { originalUrl?: string }).originalUrl ?? req.url ?? '';
  const path = url.split('?')[0] ?? '';
  const operation = operationName(req);
  const time = responseTime === null ? '' : ` ${Math.round(responseTime)} ms`;
  return `${req.method ?? ''} ${path}${operation === null ? '' : ` ${operation}`} ${res.statusCode}${time}`;
}

/** In development: pino-pretty in this thread (so every line is out before the start banner), one line per entry. */
function prettyStream(): DestinationStream {
  // Loaded only outside production, where pino-pretty (a devDependency) is installed.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const pretty = require('pino-pretty') as typeof import('pino-pretty');
  return pretty({
    sync: true,
    singleLine: true,
    colorize: process.stdout.isTTY,
    translateTime: 'SYS:HH:MM:ss',
    ignore: 'pid,hostname,req,res,responseTime,context',
    messageFormat: (log: Record<string, unknown>, messageKey: string) => {
      const message = String(log[messageKey] ?? '');
      return typeof log['context'] === 'string' ? `[${log['context']}] ${message}` : message;
    },
  });
}

/** Nest's start-up lines (each module loaded, each route mapped): shown in development only at `LOG_LEVEL=debug`. */
const START_UP_CONTEXTS: ReadonlySet<string> = new Set(['InstanceLoader', 'RoutesResolver', 'RouterExplorer']);

/** Drops Nest's start-up lines below debug level, so a development start reads as a few lines and the banner. */
export function quietStartUp(this: Logger, args: Parameters<LogFn>, method: LogFn): void {
  const [first] = args;
  const context = typeof first === 'object' && first !== null && 'context' in first ? (first as { context: unknown }).context : undefined;
  if (typeof context === 'string' && START_UP_CONTEXTS.has(context) && !this.isLevelEnabled('debug')) return;
  method.apply(this, args);
}

/**
 * Logs with pino; secrets and personal data in headers and bodies are never logged. Production writes JSON, one
 * object per line; development writes readable lines, a request as `GET /api/… 200 3 ms`, without headers.
 */
export function loggerParams(config: AppConfig): Params {
  const production = config.nodeEnv === 'production';
  const options = {
    level: config.logLevel,
    genReqId: requestId,
    redact: {
      paths: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'],
      censor: '[redacted]',
    },
    // A request's id, method and path, and the response's status: never headers (pino's default copies every response
    // header into every line, the heaviest part of logging a request).
    serializers: {
      req: (req: { id: string; method: string; url: string }) => ({ id: req.id, method: req.method, url: req.url }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
    autoLogging: { ignore: (req: IncomingMessage) => req.url === '/health' },
    ...(production
      ? {}
      : {
          hooks: { logMethod: quietStartUp },
          customSuccessMessage: (req: IncomingMessage, res: ServerResponse, responseTime: number) => requestLine(req, res, responseTime),
          customErrorMessage: (req: IncomingMessage, res: ServerResponse, error: Error) => `${requestLine(req, res, null)} ${error.message}`,
        }),
  };
  return { pinoHttp: production ? options : [options, prettyStream()] };
}
