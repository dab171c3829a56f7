exports.id = 440;
exports.ids = [440];
exports.modules = {

/***/ 58890:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

"use strict";

const Queue = __webpack_require__(30538);

const pLimit = concurrency => {
	if (!((Number.isInteger(concurrency) || concurrency === Infinity) && concurrency > 0)) {
		throw new TypeError('Expected `concurrency` to be a number from 1 and up');
	}

	const queue = new Queue();
	let activeCount = 0;

	const next = () => {
		activeCount--;

		if (queue.size > 0) {
			queue.dequeue()();
		}
	};

	const run = async (fn, resolve, ...args) => {
		activeCount++;

		const result = (async () => fn(...args))();

		resolve(result);

		try {
			await result;
		} catch {}

		next();
	};

	const enqueue = (fn, resolve, ...args) => {
		queue.enqueue(run.bind(null, fn, resolve, ...args));

		(async () => {
			// This function needs to wait until the next microtask before comparing
			// `activeCount` to `concurrency`, because `activeCount` is updated asynchronously
			// when the run function is dequeued and called. The comparison in the if-statement
			// needs to happen asynchronously as well to get an up-to-date value for `activeCount`.
			await Promise.resolve();

			if (activeCount < concurrency && queue.size > 0) {
				queue.dequeue()();
			}
		})();
	};

	const generator = (fn, ...args) => new Promise(resolve => {
		enqueue(fn, resolve, ...args);
	});

	Object.defineProperties(generator, {
		activeCount: {
			get: () => activeCount
		},
		pendingCount: {
			get: () => queue.size
		},
		clearQueue: {
			value: () => {
				queue.clear();
			}
		}
	});

	return generator;
};

module.exports = pLimit;


/***/ }),

/***/ 30538:
/***/ ((module) => {

class Node {
	/// value;
	/// next;

	constructor(value) {
		this.value = value;

		// TODO: Remove this when targeting Node.js 12.
		this.next = undefined;
	}
}

class Queue {
	// TODO: Use private class fields when targeting Node.js 12.
	// #_head;
	// #_tail;
	// #_size;

	constructor() {
		this.clear();
	}

	enqueue(value) {
		const node = new Node(value);

		if (this._head) {
			this._tail.next = node;
			this._tail = node;
		} else {
			this._head = node;
			this._tail = node;
		}

		this._size++;
	}

	dequeue() {
		const current = this._head;
		if (!current) {
			return;
		}

		this._head = this._head.next;
		this._size--;
		return current.value;
	}

	clear() {
		this._head = undefined;
		this._tail = undefined;
		this._size = 0;
	}

	get size() {
		return this._size;
	}

	* [Symbol.iterator]() {
		let current = this._head;

		while (current) {
			yield current.value;
			current = current.next;
		}
	}
}

module.exports = Queue;


/***/ }),

/***/ 20289:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

"use strict";
__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   openRegistry: () => (/* binding */ openRegistry)
/* harmony export */ });
/* harmony import */ var _runtime_errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(93353);
/* harmony import */ var _reference__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(14704);
/* harmony import */ var _registry__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(23030);



/**
 * The registry of an action run: the `registry` input with REGISTRY_USERNAME/REGISTRY_PASSWORD when given,
 * else the account's ECR registry with a token from GetAuthorizationToken, fetched again when it expires.
 */
async function openRegistry(opts) {
    const { logger, env } = opts;
    if (opts.registryInput) {
        let baseUrl;
        const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(opts.registryInput)?.[1];
        if (scheme && !/^https?$/i.test(scheme)) {
            throw new _runtime_errors__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Input 'registry' is '${opts.registryInput}'; a registry speaks http or https, not ${scheme}: write https://<host>[:port] (or http:// for a local registry).`);
        }
        try {
            baseUrl = (0,_reference__WEBPACK_IMPORTED_MODULE_1__/* .registryBaseUrl */ .mO)(opts.registryInput);
            new URL(baseUrl);
        }
        catch {
            throw new _runtime_errors__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Input 'registry' is '${opts.registryInput}'; it must be a registry URL such as https://registry.example.com or http://127.0.0.1:5000.`);
        }
        const username = env.REGISTRY_USERNAME;
        const password = env.REGISTRY_PASSWORD;
        if (password)
            logger.setSecret(password);
        if (Boolean(username) !== Boolean(password)) {
            throw new _runtime_errors__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1('Set both REGISTRY_USERNAME and REGISTRY_PASSWORD in the step env, or neither.');
        }
        const credentials = username && password ? { username, password } : undefined;
        const client = new _registry__WEBPACK_IMPORTED_MODULE_2__/* .RegistryClient */ .bP({ ...opts.client, baseUrl, credentials, logger });
        return { client, host: client.host, ecr: false };
    }
    if (!opts.aws)
        throw new Error('openRegistry needs AWS clients when no registry input is given.');
    const aws = opts.aws;
    const first = await ecrAuthorization(aws, logger);
    let current = Promise.resolve(first);
    // The first call answers the endpoint; later calls (after a 401) fetch a fresh token.
    const credentials = async () => {
        const pending = current ?? ecrAuthorization(aws, logger);
        current = undefined;
        return (await pending).credentials;
    };
    const client = new _registry__WEBPACK_IMPORTED_MODULE_2__/* .RegistryClient */ .bP({ ...opts.client, baseUrl: first.endpoint, credentials, logger });
    return { client, host: client.host, ecr: true };
}
async function ecrAuthorization(aws, logger) {
    // Required here, not at the top: the ECR module is loaded only by runs that talk to ECR.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { GetAuthorizationTokenCommand } = __webpack_require__(28249);
    let answer;
    try {
        answer = await aws.ecr().send(new GetAuthorizationTokenCommand({}));
    }
    catch (err) {
        const name = err.name ?? '';
        if (/AccessDenied|UnrecognizedClient|InvalidClientTokenId|ExpiredToken/.test(name)) {
            throw new _runtime_errors__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`ECR GetAuthorizationToken was refused (${name}): ${err.message}. The role needs 'ecr:GetAuthorizationToken' on resource '*'.`);
        }
        throw err;
    }
    const data = answer.authorizationData?.[0];
    if (!data?.authorizationToken || !data.proxyEndpoint) {
        throw new Error('ECR GetAuthorizationToken answered without a token or endpoint.');
    }
    logger.setSecret(data.authorizationToken);
    const decoded = Buffer.from(data.authorizationToken, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon < 0)
        throw new Error('ECR GetAuthorizationToken answered a token that is not user:password.');
    const password = decoded.slice(colon + 1);
    logger.setSecret(password);
    return {
        endpoint: data.proxyEndpoint.replace(/\/+$/, ''),
        credentials: { username: decoded.slice(0, colon), password },
    };
}


/***/ })

};
;