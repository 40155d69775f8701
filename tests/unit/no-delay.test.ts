import net from 'node:net';
import { disableNagleOnOutgoingSockets } from '../../src/db/no-delay';

describe('disableNagleOnOutgoingSockets', () => {
  let server: net.Server;
  let port: number;
  beforeAll(async () => {
    server = net.createServer((socket) => socket.end());
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as net.AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const connectAndCountNoDelay = async (): Promise<boolean[]> => {
    const calls: [net.Socket, boolean][] = [];
    const spy = jest.spyOn(net.Socket.prototype, 'setNoDelay').mockImplementation(function (this: net.Socket, noDelay?: boolean) {
      calls.push([this, noDelay ?? true]);
      return this;
    });
    try {
      // As neo4j-driver calls it: net's default export, looked up at call time.
      const socket = net.connect(port, '127.0.0.1');
      await new Promise((resolve) => socket.once('close', resolve));
      // Only the client's socket: the server's end of the connection is not ours to judge.
      return calls.filter(([target]) => target === socket).map(([, noDelay]) => noDelay);
    } finally {
      spy.mockRestore();
    }
  };

  // Core modules are shared by the whole test process, and global setup has already created a
  // driver (which applies this): node's default, Nagle on, cannot be observed here.
  it('makes the sockets net.connect opens send small writes at once (TCP_NODELAY), applied once', async () => {
    disableNagleOnOutgoingSockets();
    disableNagleOnOutgoingSockets();
    expect(await connectAndCountNoDelay()).toEqual([true]);
  });
});
