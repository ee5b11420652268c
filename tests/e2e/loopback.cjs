// Preloaded into the test LRS (node -r): its express server listens on every interface unless told; this makes
// every numeric-port listen() bind 127.0.0.1 only.
const http = require('http');
const listen = http.Server.prototype.listen;
http.Server.prototype.listen = function (...args) {
  if (typeof args[0] === 'number' && typeof args[1] !== 'string') args.splice(1, 0, '127.0.0.1');
  return listen.apply(this, args);
};
