import net from 'node:net';
import tls from 'node:tls';

// On the function itself, not in a module variable: module registries (tests) may load this twice.
const APPLIED = Symbol.for('entente.noDelay');

/**
 * Turns off Nagle's algorithm on every TCP connection this process opens, the Bolt ones included.
 * neo4j-driver 5.28 leaves it on and offers no option to change it: it writes a Bolt message in
 * 1,400-byte chunks, so a message bigger than that goes out in several writes, and each later
 * write waits for the server's delayed ACK, about 40 ms on Linux. Measured here: an audit record
 * of 3 kB took 50 ms to write, 5 ms with TCP_NODELAY. Node's own HTTP client already sets it.
 */
export function disableNagleOnOutgoingSockets(): void {
  if ((net.connect as unknown as Record<symbol, boolean>)[APPLIED]) return;
  const connect = net.connect;
  const secureConnect = tls.connect;
  net.connect = ((...args: Parameters<typeof net.connect>) => connect(...args).setNoDelay(true)) as typeof net.connect;
  (net.connect as unknown as Record<symbol, boolean>)[APPLIED] = true;
  net.createConnection = net.connect;
  tls.connect = ((...args: Parameters<typeof tls.connect>) => {
    const socket = secureConnect(...args);
    socket.setNoDelay(true);
    return socket;
  }) as typeof tls.connect;
}
