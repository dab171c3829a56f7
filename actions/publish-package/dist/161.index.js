"use strict";
exports.id = 161;
exports.ids = [161];
exports.modules = {

/***/ 95161:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   resolveStoreTarget: () => (/* binding */ resolveStoreTarget)
/* harmony export */ });
/* harmony import */ var _shared_src_packages_paths__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(58733);
/* harmony import */ var _shared_src_policy__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8972);
/* harmony import */ var _shared_src_runtime_errors__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(93353);



const BUCKET = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;
function parseBaseUrl(value, from) {
    let url;
    try {
        url = new URL(value);
    }
    catch {
        throw new _shared_src_runtime_errors__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${from} is '${value}'; it must be an absolute URL such as https://artifacts.example.com.`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
        throw new _shared_src_runtime_errors__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${from} is '${value}'; it must start with https:// (or http:// for a local store).`);
    }
    if (url.search || url.hash) {
        throw new _shared_src_runtime_errors__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${from} is '${value}'; remove the query or fragment: clients append paths to it.`);
    }
    return value.replace(/\/+$/, '');
}
/** Inputs first, then the policy's `packages` section; the bucket's own endpoint when no base URL is known. */
function resolveStoreTarget(inputs, policy, region) {
    const bucket = inputs.bucket ?? policy?.packages.bucket;
    if (!bucket) {
        throw new _shared_src_runtime_errors__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1("No package bucket is set: add 'packages.bucket' to the policy file or set the 'bucket' input.");
    }
    if (!BUCKET.test(bucket)) {
        throw new _shared_src_runtime_errors__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`Bucket '${bucket}' is not an S3 bucket name (3-63 lowercase letters, digits, dots and hyphens).`);
    }
    let prefix;
    if (inputs.prefix !== undefined)
        prefix = (0,_shared_src_packages_paths__WEBPACK_IMPORTED_MODULE_0__/* .normalizePrefix */ .iG)(inputs.prefix);
    else if (policy)
        prefix = (0,_shared_src_policy__WEBPACK_IMPORTED_MODULE_1__.packagePrefix)(policy);
    else
        throw new _shared_src_runtime_errors__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1("No package prefix is set: set the 'prefix' input or provide the policy file.");
    const baseUrl = inputs.baseUrl
        ? parseBaseUrl(inputs.baseUrl, "Input 'base-url'")
        : policy?.packages.baseUrl
            ? parseBaseUrl(policy.packages.baseUrl, 'packages.baseUrl in the policy')
            : region
                ? `https://${bucket}.s3.${region}.amazonaws.com`
                : `https://${bucket}.s3.amazonaws.com`;
    return { bucket, prefix, baseUrl, storeUrl: `${baseUrl}/${prefix}` };
}


/***/ }),

/***/ 58733:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LN: () => (/* binding */ storeKey),
/* harmony export */   XT: () => (/* binding */ assertSafeRelativeKey),
/* harmony export */   iG: () => (/* binding */ normalizePrefix),
/* harmony export */   rI: () => (/* binding */ assertSafeSegment),
/* harmony export */   x6: () => (/* binding */ publicUrl)
/* harmony export */ });
/* unused harmony export unsafeSegmentReason */
/* harmony import */ var _runtime_errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(93353);

/**
 * Key safety: every S3 key this action writes is `<prefix>/<relative key>`, and every segment that comes
 * from a user (a name, a version, a file name) is checked here so that nothing can leave the system's prefix.
 */
/** Why a segment is refused, or undefined when it is safe. */
function unsafeSegmentReason(segment) {
    if (segment.length === 0)
        return 'it is empty';
    if (segment === '.' || segment === '..')
        return `'${segment}' would leave its folder`;
    if (segment.includes('/'))
        return 'it contains a slash';
    if (segment.includes('\\'))
        return 'it contains a backslash';
    // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
    if (/[\u0000-\u001f\u007f]/.test(segment))
        return 'it contains a control character';
    // A percent-encoded byte could be decoded by a CDN or client into a separator or a dot.
    if (/%[0-9a-f]{2}/i.test(segment))
        return 'it contains a percent-encoded character';
    if (segment.trim() !== segment)
        return 'it starts or ends with white space';
    if (segment.length > 255)
        return 'it is longer than 255 characters';
    return undefined;
}
/**
 * Checks one user-supplied path segment. `what` names it for the user, such as "npm package name
 * '@acme/../x'" or "zip version '1.0/..'".
 */
function assertSafeSegment(segment, what) {
    const reason = unsafeSegmentReason(segment);
    if (reason)
        throw new _runtime_errors__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`The ${what} is not allowed: ${reason}. Use letters, digits, '.', '-' and '_'.`);
    return segment;
}
/**
 * Checks a key relative to the system's prefix: no leading slash, no empty, dot or encoded segments.
 * A trailing slash is allowed (the PEP 503 page of a project is served at `simple/<name>/`).
 */
function assertSafeRelativeKey(key) {
    if (key.length === 0)
        throw new _runtime_errors__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1('An empty object key was planned; this is not allowed.');
    if (key.startsWith('/'))
        throw new _runtime_errors__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`The key '${key}' is absolute; keys are relative to the prefix.`);
    if (key.length > 900)
        throw new _runtime_errors__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`The key '${key.slice(0, 80)}...' is too long for S3.`);
    const segments = key.endsWith('/') ? key.slice(0, -1).split('/') : key.split('/');
    for (const segment of segments) {
        const reason = unsafeSegmentReason(segment);
        if (reason)
            throw new _runtime_errors__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`The key '${key}' is not allowed: a segment '${segment}': ${reason}.`);
    }
    return key;
}
/** Checks the system's prefix (from the policy or the `prefix` input) and drops surrounding slashes. */
function normalizePrefix(prefix) {
    const trimmed = prefix.replace(/^\/+|\/+$/g, '');
    if (!trimmed)
        throw new _runtime_errors__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1("Input 'prefix' is empty; the package store needs the system's prefix.");
    for (const segment of trimmed.split('/')) {
        const reason = unsafeSegmentReason(segment);
        if (reason)
            throw new _runtime_errors__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`The prefix '${prefix}' is not allowed: a segment '${segment}': ${reason}.`);
    }
    return trimmed;
}
/** `<prefix>/<key>`, both checked: the only way a full key is built. */
function storeKey(prefix, relativeKey) {
    return `${normalizePrefix(prefix)}/${assertSafeRelativeKey(relativeKey)}`;
}
/** The public URL of a relative key: segments are percent-encoded, slashes kept. */
function publicUrl(storeUrl, relativeKey) {
    const encoded = relativeKey.split('/').map((s) => encodeURIComponent(s).replace(/%40/g, '@'));
    return `${storeUrl.replace(/\/+$/, '')}/${encoded.join('/')}`;
}


/***/ })

};
;