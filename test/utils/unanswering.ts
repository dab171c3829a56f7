import { createServer, type Socket } from 'node:net';
import { freePort } from './ports';

/** A TCP server on 127.0.0.1 that accepts every connection, reads what it is sent, and never answers. */
export interface SilentServer {
  url: string;
  /** Connections accepted so far. */
  connections: () => number;
  /**
   * Requests received so far: connections on which something was sent (each waits for its answer, so none carries a
   * second). A client may open a connection it never sends on (fetch's pool after an aborted request does).
   */
  requests: () => number;
  close: () => Promise<void>;
}

export async function startSilentServer(): Promise<SilentServer> {
  const sockets = new Set<Socket>();
  let accepted = 0;
  let requests = 0;
  const server = createServer((socket) => {
    accepted++;
    sockets.add(socket);
    socket.once('data', () => requests++);
    socket.on('data', () => undefined);
    socket.on('error', () => undefined);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    connections: () => accepted,
    requests: () => requests,
    close: () =>
      new Promise((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

/** The URL of a port on 127.0.0.1 where nothing listens: every connection is refused. */
export async function refusingUrl(): Promise<string> {
  return `http://127.0.0.1:${await freePort()}`;
}
