// Run in a fresh node process (nothing has patched `net` yet): reports which setNoDelay calls the
// client sockets of net.connect, net.createConnection and tls.connect received, before and after
// loading the module named by argv[2] and calling its disableNagleOnOutgoingSockets twice.
const net = require('node:net');
const tls = require('node:tls');

const calls = new Map();
const setNoDelay = net.Socket.prototype.setNoDelay;
net.Socket.prototype.setNoDelay = function (noDelay) {
  calls.set(this, [...(calls.get(this) ?? []), noDelay ?? true]);
  return setNoDelay.call(this, noDelay);
};

async function probe(port) {
  const sockets = {
    'net.connect': net.connect(port, '127.0.0.1'),
    'net.createConnection': net.createConnection(port, '127.0.0.1'),
    'tls.connect': tls.connect(port, '127.0.0.1'),
  };
  await Promise.all(
    Object.values(sockets).map((socket) => new Promise((resolve) => socket.on('error', () => undefined).once('close', resolve))),
  );
  return Object.fromEntries(Object.entries(sockets).map(([name, socket]) => [name, calls.get(socket) ?? []]));
}

const server = net.createServer((socket) => socket.end());
server.listen(0, '127.0.0.1', async () => {
  const { port } = server.address();
  const before = await probe(port);
  const { disableNagleOnOutgoingSockets } = require(process.argv[2]);
  disableNagleOnOutgoingSockets();
  disableNagleOnOutgoingSockets();
  const after = await probe(port);
  server.close();
  process.stdout.write(JSON.stringify({ before, after }));
});
