// Preloaded into an action's process (NODE_OPTIONS=--require ...): records every outbound connection and
// DNS lookup to the file named by NETWORK_GUARD_LOG, so a test can assert where an action went.
const net = require('node:net');
const dns = require('node:dns');
const { appendFileSync } = require('node:fs');

const log = process.env.NETWORK_GUARD_LOG;
const record = (entry) => {
  if (log) appendFileSync(log, JSON.stringify(entry) + '\n');
};

const connect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function guardedConnect(...args) {
  const first = args[0];
  const options = Array.isArray(first) ? first[0] : first;
  if (options && typeof options === 'object') {
    record({ kind: 'connect', host: options.host ?? options.path ?? 'localhost', port: options.port });
  } else if (typeof first === 'number' || typeof first === 'string') {
    record({ kind: 'connect', host: typeof args[1] === 'string' ? args[1] : 'localhost', port: first });
  }
  return connect.apply(this, args);
};

const lookup = dns.lookup;
dns.lookup = function guardedLookup(hostname, ...rest) {
  record({ kind: 'lookup', host: hostname });
  return lookup.call(this, hostname, ...rest);
};
