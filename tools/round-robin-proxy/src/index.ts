import { createServer, request, type IncomingMessage, type RequestOptions } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import type { Duplex } from 'node:stream';

export interface RoundRobinProxy {
  /** The one address clients use, e.g. http://127.0.0.1:40123 (ws:// for subscriptions). */
  url: string;
  /** How many HTTP requests and WebSocket connections each backend was given, by index. */
  served: { http: number[]; websocket: number[] };
  close(): Promise<void>;
}

/** The response header naming the backend (its index) that answered an HTTP request. */
export const BACKEND_HEADER = 'x-heard-backend';

/**
 * A tiny load balancer for the scale-out test and the soak: each HTTP request, and each WebSocket
 * upgrade, goes to the next backend in turn (HTTP and WebSockets have separate turns), with no health
 * checks, so a dead backend's turn is answered 502 (the harshest case for a soak). WebSockets are
 * piped byte for byte after the backend's 101 response, so graphql-ws and its subprotocol pass through
 * untouched.
 */
export async function startRoundRobinProxy(backendUrls: readonly string[]): Promise<RoundRobinProxy> {
  const backends = backendUrls.map((url) => new URL(url));
  const served = { http: backends.map(() => 0), websocket: backends.map(() => 0) };
  const sockets = new Set<Duplex>();
  const track = (socket: Duplex) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  };
  const next = (kind: 'http' | 'websocket'): number => {
    const total = served[kind].reduce((sum, n) => sum + n, 0);
    const index = total % backends.length;
    served[kind][index] = (served[kind][index] ?? 0) + 1;
    return index;
  };
  const optionsFor = (index: number, incoming: IncomingMessage): RequestOptions => {
    const backend = backends[index] as URL;
    return { host: backend.hostname, port: backend.port, method: incoming.method, path: incoming.url, headers: incoming.headers, agent: false };
  };

  const server = createServer((incoming, outgoing) => {
    const index = next('http');
    const upstream = request(optionsFor(index, incoming), (response) => {
      outgoing.writeHead(response.statusCode ?? 502, { ...response.headers, [BACKEND_HEADER]: String(index) });
      response.pipe(outgoing);
      response.on('error', () => outgoing.destroy());
    });
    upstream.on('error', () => {
      if (!outgoing.headersSent) {
        outgoing.writeHead(502, { [BACKEND_HEADER]: String(index) });
        outgoing.end();
      } else outgoing.destroy();
    });
    incoming.pipe(upstream);
  });
  server.on('connection', (socket: Socket) => track(socket));

  server.on('upgrade', (incoming: IncomingMessage, client: Duplex, head: Buffer) => {
    const upstream = request(optionsFor(next('websocket'), incoming));
    upstream.on('upgrade', (response: IncomingMessage, backend: Socket, backendHead: Buffer) => {
      track(backend);
      const lines = [`HTTP/1.1 ${response.statusCode ?? 101} ${response.statusMessage ?? 'Switching Protocols'}`];
      for (let i = 0; i < response.rawHeaders.length; i += 2) lines.push(`${response.rawHeaders[i] ?? ''}: ${response.rawHeaders[i + 1] ?? ''}`);
      client.write(`${lines.join('\r\n')}\r\n\r\n`);
      if (backendHead.length > 0) client.write(backendHead);
      if (head.length > 0) backend.write(head);
      backend.on('error', () => client.destroy());
      client.on('error', () => backend.destroy());
      backend.pipe(client).pipe(backend);
    });
    upstream.on('response', (response: IncomingMessage) => {
      client.end(`HTTP/1.1 ${response.statusCode ?? 502} ${response.statusMessage ?? ''}\r\n\r\n`);
      response.resume();
    });
    upstream.on('error', () => client.destroy());
    upstream.end();
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    served,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
