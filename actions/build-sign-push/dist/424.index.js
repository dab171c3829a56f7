"use strict";
exports.id = 424;
exports.ids = [424,554];
exports.modules = {

/***/ 36509:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dq: () => (/* binding */ referrerManifest),
/* harmony export */   k1: () => (/* binding */ cosignSignatureTag),
/* harmony export */   lb: () => (/* binding */ readImageManifest),
/* harmony export */   vO: () => (/* binding */ attachReferrer),
/* harmony export */   xt: () => (/* binding */ listReferrers)
/* harmony export */ });
/* unused harmony exports MAX_REFERRERS, REFERRERS_WARNING_THRESHOLD, EMPTY_CONFIG, referrersTag, checkReferrerCapacity, mergeIntoIndex */
/* harmony import */ var _runtime_errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(93353);
/* harmony import */ var _digest__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(88301);
/* harmony import */ var _types__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(49140);



/** ECR keeps at most this many referrers (signatures, attestations, SBOMs) per image. */
const MAX_REFERRERS = 100;
/** From this count on, every attachment warns that the limit is near. */
const REFERRERS_WARNING_THRESHOLD = 90;
/** The empty JSON object that artifacts without configuration point their config at. */
const EMPTY_CONFIG = Buffer.from('{}');
/** The tag of the referrers tag schema for a digest: `sha256:<hex>` becomes `sha256-<hex>`. */
function referrersTag(digest) {
    return digest.replace(':', '-');
}
/** The tag cosign 2 stores an image's signatures at: `sha256-<hex>.sig`. */
function cosignSignatureTag(digest) {
    return `${referrersTag(digest)}.sig`;
}
function descriptorOf(blob) {
    return {
        mediaType: blob.mediaType,
        digest: (0,_digest__WEBPACK_IMPORTED_MODULE_1__/* .digestOf */ .ol)(blob.bytes),
        size: blob.bytes.length,
        ...(blob.annotations && Object.keys(blob.annotations).length ? { annotations: blob.annotations } : {}),
    };
}
/** The manifest of an artifact that refers to a subject, as the image spec 1.1 lays it out. */
function referrerManifest(subject, artifact) {
    const config = artifact.config ?? { mediaType: _types__WEBPACK_IMPORTED_MODULE_2__/* .MEDIA_TYPES */ .Z2.ociEmpty, bytes: EMPTY_CONFIG };
    return {
        schemaVersion: 2,
        mediaType: _types__WEBPACK_IMPORTED_MODULE_2__/* .MEDIA_TYPES */ .Z2.ociManifest,
        artifactType: artifact.artifactType,
        config: descriptorOf(config),
        layers: artifact.layers.map(descriptorOf),
        subject: { mediaType: subject.mediaType, digest: subject.digest, size: subject.size },
        ...(artifact.annotations && Object.keys(artifact.annotations).length ? { annotations: artifact.annotations } : {}),
    };
}
/** Reads the referrers tag schema index of a digest; undefined when the tag does not exist. */
async function readTagIndex(client, repository, digest) {
    const stored = await client.getManifest(repository, referrersTag(digest), _types__WEBPACK_IMPORTED_MODULE_2__/* .MEDIA_TYPES */ .Z2.ociIndex);
    if (!stored)
        return undefined;
    const parsed = JSON.parse(stored.bytes.toString('utf8'));
    if (!Array.isArray(parsed.manifests)) {
        throw new _runtime_errors__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Tag '${referrersTag(digest)}' in '${repository}' is not an OCI image index, so it cannot hold the referrers of ${digest}. ` +
            'Delete or rename that tag (it is reserved for the OCI referrers tag schema).');
    }
    return parsed;
}
/**
 * Lists what refers to an image: the registry's referrers API first, else the OCI referrers tag schema,
 * plus the legacy cosign `.sig` tag. Filtered by artifact type when one is given.
 */
async function listReferrers(client, repository, digest, artifactType) {
    let referrers = [];
    let source = 'none';
    const api = await client.referrersApi(repository, digest, artifactType);
    if (api) {
        referrers = api.manifests;
        source = 'referrers-api';
    }
    else {
        const index = await readTagIndex(client, repository, digest);
        if (index) {
            referrers = index.manifests;
            source = 'tag-schema';
        }
    }
    if (artifactType)
        referrers = referrers.filter((d) => d.artifactType === artifactType);
    const tag = cosignSignatureTag(digest);
    const sig = await client.getManifest(repository, tag, `${_types__WEBPACK_IMPORTED_MODULE_2__/* .MEDIA_TYPES */ .Z2.ociManifest}, ${_types__WEBPACK_IMPORTED_MODULE_2__/* .MEDIA_TYPES */ .Z2.dockerManifest}`);
    return {
        referrers,
        source,
        ...(sig
            ? {
                cosignSignatureTag: {
                    tag,
                    descriptor: { mediaType: sig.mediaType, digest: sig.digest, size: sig.bytes.length },
                },
            }
            : {}),
    };
}
/** Warns near ECR's referrer limit and refuses to go past it. */
function checkReferrerCapacity(count, repository, digest, logger) {
    if (count >= MAX_REFERRERS) {
        throw new _runtime_errors__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${repository}@${digest} already has ${count} referrers (signatures, attestations, attachments); ECR keeps at most ${MAX_REFERRERS} per image. ` +
            'Delete referrers that are no longer needed (old signatures, superseded SBOMs) before attaching more.');
    }
    if (count >= REFERRERS_WARNING_THRESHOLD) {
        logger?.warning(`${repository}@${digest} has ${count} referrers; ECR keeps at most ${MAX_REFERRERS} per image. Delete unneeded ones soon.`);
    }
}
/** Merges a descriptor into a referrers index, keeping every existing entry. */
function mergeIntoIndex(index, descriptor) {
    const manifests = index?.manifests ?? [];
    if (manifests.some((d) => d.digest === descriptor.digest)) {
        return index ?? { schemaVersion: 2, mediaType: _types__WEBPACK_IMPORTED_MODULE_2__/* .MEDIA_TYPES */ .Z2.ociIndex, manifests };
    }
    return {
        ...(index ?? {}),
        schemaVersion: 2,
        mediaType: _types__WEBPACK_IMPORTED_MODULE_2__/* .MEDIA_TYPES */ .Z2.ociIndex,
        manifests: [...manifests, descriptor],
    };
}
/** Read-modify-write attempts on the fallback index; a concurrent writer can make one attempt lose its entry. */
const TAG_INDEX_ATTEMPTS = 4;
async function addToTagIndex(client, repository, subjectDigest, descriptor) {
    const tag = referrersTag(subjectDigest);
    for (let attempt = 1; attempt <= TAG_INDEX_ATTEMPTS; attempt++) {
        const current = await readTagIndex(client, repository, subjectDigest);
        if (current?.manifests.some((d) => d.digest === descriptor.digest))
            return;
        const next = mergeIntoIndex(current, descriptor);
        await client.putManifest(repository, tag, {
            bytes: Buffer.from(JSON.stringify(next)),
            mediaType: _types__WEBPACK_IMPORTED_MODULE_2__/* .MEDIA_TYPES */ .Z2.ociIndex,
        });
        // No conditional writes on this path: read back to make sure no concurrent writer replaced our entry.
        const written = await readTagIndex(client, repository, subjectDigest);
        if (written?.manifests.some((d) => d.digest === descriptor.digest))
            return;
    }
    throw new Error(`The referrers index at tag '${tag}' in '${repository}' kept changing while ${descriptor.digest} was being added; try again.`);
}
/**
 * Attaches an artifact to a subject: pushes its blobs and its manifest (with `subject`), and where the registry
 * did not answer with `OCI-Subject` (no referrers API) records it in the `sha256-<hex>` referrers tag index.
 */
async function attachReferrer(client, repository, subject, artifact, logger) {
    const existing = await listReferrers(client, repository, subject.digest);
    const manifest = referrerManifest(subject, artifact);
    const bytes = Buffer.from(JSON.stringify(manifest));
    const digest = (0,_digest__WEBPACK_IMPORTED_MODULE_1__/* .digestOf */ .ol)(bytes);
    const descriptor = {
        mediaType: _types__WEBPACK_IMPORTED_MODULE_2__/* .MEDIA_TYPES */ .Z2.ociManifest,
        digest,
        size: bytes.length,
        artifactType: artifact.artifactType,
        ...(manifest.annotations ? { annotations: manifest.annotations } : {}),
    };
    if (!existing.referrers.some((d) => d.digest === digest)) {
        checkReferrerCapacity(existing.referrers.length, repository, subject.digest, logger);
    }
    const config = artifact.config ?? { mediaType: _types__WEBPACK_IMPORTED_MODULE_2__/* .MEDIA_TYPES */ .Z2.ociEmpty, bytes: EMPTY_CONFIG };
    for (const blob of [config, ...artifact.layers]) {
        await client.pushBlob(repository, { digest: (0,_digest__WEBPACK_IMPORTED_MODULE_1__/* .digestOf */ .ol)(blob.bytes), size: blob.bytes.length }, blob.bytes);
    }
    const put = await client.putManifest(repository, digest, { bytes, mediaType: _types__WEBPACK_IMPORTED_MODULE_2__/* .MEDIA_TYPES */ .Z2.ociManifest });
    if (put.subjectHeader)
        return { descriptor, via: 'referrers-api' };
    await addToTagIndex(client, repository, subject.digest, descriptor);
    return { descriptor, via: 'tag-schema' };
}
/** Reads a manifest that must exist and be an image manifest (a referrer or a `.sig` manifest). */
async function readImageManifest(client, repository, reference) {
    const stored = await client.getManifest(repository, reference, `${_types__WEBPACK_IMPORTED_MODULE_2__/* .MEDIA_TYPES */ .Z2.ociManifest}, ${_types__WEBPACK_IMPORTED_MODULE_2__/* .MEDIA_TYPES */ .Z2.dockerManifest}`);
    if (!stored)
        return undefined;
    const manifest = JSON.parse(stored.bytes.toString('utf8'));
    if (!Array.isArray(manifest.layers))
        return undefined;
    return { stored, manifest };
}


/***/ }),

/***/ 49140:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z2: () => (/* binding */ MEDIA_TYPES),
/* harmony export */   dY: () => (/* binding */ MANIFEST_ACCEPT),
/* harmony export */   nw: () => (/* binding */ isIndex)
/* harmony export */ });
/** OCI image-spec and distribution-spec shapes shared by pushing, signing, scanning and the inventory. */
const MEDIA_TYPES = {
    ociManifest: 'application/vnd.oci.image.manifest.v1+json',
    ociIndex: 'application/vnd.oci.image.index.v1+json',
    ociConfig: 'application/vnd.oci.image.config.v1+json',
    ociLayerGzip: 'application/vnd.oci.image.layer.v1.tar+gzip',
    ociLayer: 'application/vnd.oci.image.layer.v1.tar',
    ociEmpty: 'application/vnd.oci.empty.v1+json',
    dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
    dockerManifestList: 'application/vnd.docker.distribution.manifest.list.v2+json',
    dockerConfig: 'application/vnd.docker.container.image.v1+json',
    dockerLayerGzip: 'application/vnd.docker.image.rootfs.diff.tar.gzip',
};
/** Every manifest media type a client accepts when it reads a reference. */
const MANIFEST_ACCEPT = [
    MEDIA_TYPES.ociIndex,
    MEDIA_TYPES.ociManifest,
    MEDIA_TYPES.dockerManifestList,
    MEDIA_TYPES.dockerManifest,
].join(', ');
function isIndex(m) {
    return Array.isArray(m.manifests);
}


/***/ }),

/***/ 24290:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JG: () => (/* binding */ defaultSleep),
/* harmony export */   bD: () => (/* binding */ withRetry),
/* harmony export */   mu: () => (/* binding */ parseRetryAfter)
/* harmony export */ });
/* unused harmony export backoffDelay */
const defaultSleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
function backoffDelay(attempt, baseDelayMs, maxDelayMs, random) {
    const ceiling = Math.min(maxDelayMs, baseDelayMs * 2 ** (attempt - 1));
    return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}
async function withRetry(operation, options) {
    const sleep = options.sleep ?? defaultSleep;
    const random = options.random ?? Math.random;
    for (let attempt = 1;; attempt++) {
        try {
            return await operation(attempt);
        }
        catch (err) {
            if (attempt >= options.attempts || !options.retryable(err))
                throw err;
            const asked = options.retryAfterMs?.(err);
            const delay = asked !== undefined
                ? Math.min(asked, options.maxDelayMs)
                : backoffDelay(attempt, options.baseDelayMs, options.maxDelayMs, random);
            options.onRetry?.(err, attempt, delay);
            await sleep(delay);
        }
    }
}
/** Parses a Retry-After header (seconds or an HTTP date) into milliseconds. */
function parseRetryAfter(value, now = Date.now) {
    if (!value)
        return undefined;
    if (/^\d+$/.test(value.trim()))
        return Number(value.trim()) * 1000;
    const at = Date.parse(value);
    return Number.isNaN(at) ? undefined : Math.max(0, at - now());
}


/***/ }),

/***/ 90554:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readSigningInputs: () => (/* binding */ readSigningInputs),
/* harmony export */   signingEnabled: () => (/* binding */ signingEnabled)
/* harmony export */ });
/** The signing inputs of an action (sign, signing-key, signing-key-password, signing-profile, signature-format). */
function readSigningInputs(inputs) {
    return {
        sign: inputs.boolean('sign'),
        signingKey: inputs.optional('signing-key'),
        signingKeyPassword: inputs.optional('signing-key-password'),
        signingProfile: inputs.optional('signing-profile'),
        signatureFormat: inputs.optional('signature-format'),
    };
}
/** Whether this run signs: the `sign` input when given, else whether the policy names a signing method. */
function signingEnabled(policy, inputs) {
    return inputs.sign ?? policy.signing.method !== 'none';
}


/***/ }),

/***/ 76424:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  prepareSigning: () => (/* binding */ prepareSigning),
  readSigningInputs: () => (/* reexport */ request.readSigningInputs),
  renderSigningSummary: () => (/* binding */ renderSigningSummary),
  resolveSignatureFormat: () => (/* binding */ resolveSignatureFormat),
  signAfterPush: () => (/* binding */ signAfterPush),
  signingEnabled: () => (/* reexport */ request.signingEnabled),
  verificationCommand: () => (/* binding */ verificationCommand)
});

// EXTERNAL MODULE: ./shared/src/oci/types.ts
var types = __webpack_require__(49140);
// EXTERNAL MODULE: ./shared/src/runtime/errors.ts
var errors = __webpack_require__(93353);
;// CONCATENATED MODULE: ./shared/src/signing/key-reference.ts

const KEY_FORMS = 'awskms:///alias/<name>, awskms:///arn:aws:kms:<region>:<account>:key/<id>, env://<VARIABLE>, file://<path>, an inline PEM, or keyless';
/** Parses a key reference: `awskms:///alias/x`, `awskms:///arn:...`, `env://VAR`, `file://path`, inline PEM, `keyless`. */
function parseKeyReference(text) {
    const value = text.trim();
    if (value === 'keyless')
        return { kind: 'keyless', text: value };
    if (value.startsWith('-----BEGIN '))
        return { kind: 'pem', pem: value, text: '<inline PEM>' };
    if (value.startsWith('awskms://')) {
        const rest = value.slice('awskms://'.length);
        if (!rest.startsWith('/')) {
            throw new errors/* ConfigurationError */.j1(`Key '${value}' names a KMS endpoint; write awskms:///<key> (three slashes) and set AWS_ENDPOINT_URL_KMS for a custom endpoint.`);
        }
        const keyId = rest.slice(1);
        const arn = /^arn:aws[a-z-]*:kms:[a-z0-9-]+:\d{12}:(key|alias)\/.+$/;
        const alias = /^alias\/[A-Za-z0-9/_-]+$/;
        const id = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
        if (!arn.test(keyId) && !alias.test(keyId) && !id.test(keyId)) {
            throw new errors/* ConfigurationError */.j1(`Key '${value}' is not a KMS key reference; write it as one of ${KEY_FORMS}.`);
        }
        return { kind: 'kms', keyId, text: value };
    }
    if (value.startsWith('env://')) {
        const variable = value.slice('env://'.length);
        if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(variable)) {
            throw new errors/* ConfigurationError */.j1(`Key '${value}' does not name an environment variable; write env://VARIABLE_NAME.`);
        }
        return { kind: 'env', variable, text: value };
    }
    if (value.startsWith('file://')) {
        const path = value.slice('file://'.length);
        if (!path)
            throw new errors/* ConfigurationError */.j1(`Key '${value}' has no path; write file://path/to/key.pem.`);
        return { kind: 'file', path, text: value };
    }
    throw new errors/* ConfigurationError */.j1(`Key '${value}' is not a key reference; write it as one of ${KEY_FORMS}.`);
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/tweetnacl/nacl-fast.js
var nacl_fast = __webpack_require__(80668);
var nacl_fast_default = /*#__PURE__*/__webpack_require__.n(nacl_fast);
;// CONCATENATED MODULE: ./shared/src/signing/keys.ts





/** PEM labels of cosign's password-encrypted private keys (cosign 2+ and cosign 1). */
const ENCRYPTED_COSIGN_LABELS = ['ENCRYPTED SIGSTORE PRIVATE KEY', 'ENCRYPTED COSIGN PRIVATE KEY'];
function pemBody(pem, label) {
    const match = new RegExp(`-----BEGIN ${label}-----([\\s\\S]*?)-----END ${label}-----`).exec(pem);
    return match ? Buffer.from(match[1].replace(/\s+/g, ''), 'base64') : undefined;
}
/** Reads the PEM text a key reference points at (env://, file://, inline); registers it as a secret. */
function readKeyMaterial(ref, options = {}) {
    const env = options.env ?? process.env;
    let text;
    switch (ref.kind) {
        case 'pem':
            text = ref.pem;
            break;
        case 'env': {
            const value = env[ref.variable];
            if (!value) {
                throw new errors/* ConfigurationError */.j1(`Key ${ref.text}: environment variable ${ref.variable} is empty or unset; pass the PEM key to the step as env ${ref.variable}: \${{ secrets.<NAME> }}.`);
            }
            text = value;
            break;
        }
        case 'file': {
            const path = (0,external_node_path_.isAbsolute)(ref.path) ? ref.path : (0,external_node_path_.resolve)(options.cwd ?? process.cwd(), ref.path);
            try {
                text = (0,external_node_fs_.readFileSync)(path, 'utf8');
            }
            catch (err) {
                throw new errors/* ConfigurationError */.j1(`Key ${ref.text}: cannot read ${path} (${(0,errors/* errorMessage */.gJ)(err)}); check the path.`);
            }
            break;
        }
        default:
            throw new Error(`readKeyMaterial: ${ref.kind} keys have no PEM material.`);
    }
    // Environment variables often carry PEMs with literal \n sequences.
    if (!text.includes('\n') && text.includes('\\n'))
        text = text.replace(/\\n/g, '\n');
    maskPem(text, options.logger);
    return text.trim();
}
/** Registers a PEM and each of its base64 lines as secrets, so no fragment of it can be printed. */
function maskPem(text, logger) {
    if (!logger)
        return;
    logger.setSecret(text);
    for (const line of text.split(/\r?\n/)) {
        if (line.length >= 16 && !line.startsWith('-----'))
            logger.setSecret(line.trim());
    }
}
function isEncryptedCosignKey(pem) {
    return ENCRYPTED_COSIGN_LABELS.some((label) => pem.includes(`-----BEGIN ${label}-----`));
}
/** Decrypts a cosign-encrypted private key: scrypt derives the key, nacl secretbox holds the PKCS#8 DER. */
function decryptCosignKey(pem, password) {
    const body = ENCRYPTED_COSIGN_LABELS.map((label) => pemBody(pem, label)).find(Boolean);
    if (!body)
        throw new errors/* ConfigurationError */.j1('The signing key is not a cosign-encrypted private key.');
    let doc;
    try {
        doc = JSON.parse(body.toString('utf8'));
    }
    catch {
        throw new errors/* ConfigurationError */.j1('The cosign-encrypted signing key is damaged (its content is not JSON); export it again.');
    }
    if (doc.kdf?.name !== 'scrypt' || doc.cipher?.name !== 'nacl/secretbox') {
        throw new errors/* ConfigurationError */.j1(`The cosign-encrypted signing key uses ${doc.kdf?.name}/${doc.cipher?.name}; only scrypt with nacl/secretbox is supported.`);
    }
    const { N, r, p } = doc.kdf.params;
    const secret = (0,external_node_crypto_.scryptSync)(Buffer.from(password, 'utf8'), Buffer.from(doc.kdf.salt, 'base64'), 32, {
        N,
        r,
        p,
        maxmem: 256 * N * r + 1024 * 1024,
    });
    const opened = nacl_fast_default().secretbox.open(new Uint8Array(Buffer.from(doc.ciphertext, 'base64')), new Uint8Array(Buffer.from(doc.cipher.nonce, 'base64')), new Uint8Array(secret));
    if (!opened) {
        throw new errors/* ConfigurationError */.j1('The password does not open the cosign-encrypted signing key; check the signing-key-password input (COSIGN_PASSWORD).');
    }
    return (0,external_node_crypto_.createPrivateKey)({ key: Buffer.from(opened), format: 'der', type: 'pkcs8' });
}
/**
 * Loads a private key: PKCS#8, SEC1 EC and PKCS#1 RSA PEMs, encrypted PKCS#8 and cosign-encrypted keys with a
 * password. Only ECDSA P-256 and RSA keys sign cosign-compatible signatures.
 */
function loadPrivateKey(pem, password) {
    let key;
    if (isEncryptedCosignKey(pem)) {
        if (password === undefined) {
            throw new errors/* ConfigurationError */.j1('The signing key is encrypted (cosign); set the signing-key-password input to its password.');
        }
        key = decryptCosignKey(pem, password);
    }
    else {
        try {
            key = (0,external_node_crypto_.createPrivateKey)(password !== undefined ? { key: pem, passphrase: password } : { key: pem });
        }
        catch (err) {
            const message = (0,errors/* errorMessage */.gJ)(err);
            if (/passphrase|decrypt|bad decrypt/i.test(message)) {
                throw new errors/* ConfigurationError */.j1('The signing key is encrypted and the password does not open it; check the signing-key-password input.');
            }
            throw new errors/* ConfigurationError */.j1(`The signing key is not a PEM private key (PKCS#8, EC or RSA): ${message}. Pass the whole PEM, BEGIN and END lines included.`);
        }
    }
    assertSupportedKey(key);
    return key;
}
/** Loads a public key from a PEM public key (SPKI or PKCS#1) or a certificate. */
function loadPublicKey(pem) {
    try {
        if (pem.includes('-----BEGIN CERTIFICATE-----'))
            return new external_node_crypto_.X509Certificate(pem).publicKey;
        return (0,external_node_crypto_.createPublicKey)(pem);
    }
    catch (err) {
        throw new errors/* ConfigurationError */.j1(`A trusted public key is not a PEM public key or certificate: ${(0,errors/* errorMessage */.gJ)(err)}.`);
    }
}
function assertSupportedKey(key) {
    const type = key.asymmetricKeyType;
    if (type === 'rsa' || type === 'rsa-pss')
        return;
    if (type === 'ec' && key.asymmetricKeyDetails?.namedCurve === 'prime256v1')
        return;
    throw new errors/* ConfigurationError */.j1(`Signing keys must be ECDSA P-256 or RSA (cosign-compatible); this one is ${type}${key.asymmetricKeyDetails?.namedCurve ? ` ${key.asymmetricKeyDetails.namedCurve}` : ''}.`);
}
function publicKeyPem(key) {
    const pub = key.type === 'private' ? (0,external_node_crypto_.createPublicKey)(key) : key;
    return pub.export({ format: 'pem', type: 'spki' }).toString();
}
/** A short, stable name for a public key: the sha256 of its SPKI DER, as cosign prints key ids. */
function keyFingerprint(key) {
    const pub = key.type === 'private' ? (0,external_node_crypto_.createPublicKey)(key) : key;
    const der = pub.export({ format: 'der', type: 'spki' });
    return `sha256:${(0,external_node_crypto_.createHash)('sha256').update(der).digest('hex')}`;
}

// EXTERNAL MODULE: ./shared/src/oci/referrers.ts
var referrers = __webpack_require__(36509);
// EXTERNAL MODULE: ./node_modules/@sigstore/bundle/dist/index.js
var dist = __webpack_require__(61040);
// EXTERNAL MODULE: ./node_modules/@sigstore/sign/dist/index.js
var sign_dist = __webpack_require__(15179);
// EXTERNAL MODULE: ./node_modules/@sigstore/verify/dist/index.js
var verify_dist = __webpack_require__(54187);
// EXTERNAL MODULE: ./shared/src/oci/digest.ts
var digest = __webpack_require__(88301);
;// CONCATENATED MODULE: ./shared/src/signing/payloads.ts
/** Media types and names of the signature formats this library writes and reads. */
const SIGNATURE_MEDIA_TYPES = {
    simpleSigning: 'application/vnd.dev.cosign.simplesigning.v1+json',
    sigstoreBundle: 'application/vnd.dev.sigstore.bundle.v0.3+json',
    inToto: 'application/vnd.in-toto+json',
    notarySignature: 'application/vnd.cncf.notary.signature',
    notaryPayload: 'application/vnd.cncf.notary.payload.v1+json',
    jws: 'application/jose+json',
};
const COSIGN_ANNOTATIONS = {
    signature: 'dev.cosignproject.cosign/signature',
    certificate: 'dev.sigstore.cosign/certificate',
    chain: 'dev.sigstore.cosign/chain',
    bundle: 'dev.sigstore.cosign/bundle',
};
/** The predicate type of a cosign 3 image signature (a DSSE in-toto statement in a sigstore bundle). */
const COSIGN_SIGN_PREDICATE = 'https://sigstore.dev/cosign/sign/v1';
const IN_TOTO_STATEMENT_V1 = 'https://in-toto.io/Statement/v1';
const SIMPLE_SIGNING_TYPE = 'cosign container image signature';
/** The simple-signing payload cosign 2 signs: which repository, which manifest digest. */
function simpleSigningPayload(dockerReference, digest, optional = {}) {
    const payload = {
        critical: {
            identity: { 'docker-reference': dockerReference },
            image: { 'docker-manifest-digest': digest },
            type: SIMPLE_SIGNING_TYPE,
        },
        optional,
    };
    return Buffer.from(JSON.stringify(payload));
}
/** Reads a simple-signing payload; undefined when it is not one. */
function parseSimpleSigningPayload(bytes) {
    try {
        const doc = JSON.parse(bytes.toString('utf8'));
        if (typeof doc?.critical?.image?.['docker-manifest-digest'] !== 'string')
            return undefined;
        if (doc.critical.type !== SIMPLE_SIGNING_TYPE)
            return undefined;
        return doc;
    }
    catch {
        return undefined;
    }
}
/** The in-toto statement cosign 3 signs for an image: the manifest digest as subject, the sign predicate. */
function imageSignatureStatement(repository, digest) {
    const statement = {
        _type: IN_TOTO_STATEMENT_V1,
        subject: [{ name: repository, digest: { sha256: digest.replace(/^sha256:/, '') } }],
        predicateType: COSIGN_SIGN_PREDICATE,
        predicate: {},
    };
    return Buffer.from(JSON.stringify(statement));
}
function parseInTotoStatement(bytes) {
    try {
        const doc = JSON.parse(bytes.toString('utf8'));
        if (!Array.isArray(doc?.subject) || typeof doc.predicateType !== 'string')
            return undefined;
        return doc;
    }
    catch {
        return undefined;
    }
}
/** The digests (`sha256:<hex>`) an in-toto statement names as its subjects. */
function statementDigests(statement) {
    return statement.subject.flatMap((s) => (s.digest?.sha256 ? [`sha256:${s.digest.sha256}`] : []));
}
/** DSSE pre-authentication encoding: what a DSSE signature covers. */
function preAuthEncoding(payloadType, payload) {
    const type = Buffer.from(payloadType, 'utf8');
    return Buffer.concat([
        Buffer.from(`DSSEv1 ${type.length} `, 'utf8'),
        type,
        Buffer.from(` ${payload.length} `, 'utf8'),
        payload,
    ]);
}
/** The notation signature payload: the signed manifest's descriptor. */
function notationPayload(target) {
    return Buffer.from(JSON.stringify({
        targetArtifact: {
            mediaType: target.mediaType,
            digest: target.digest,
            size: target.size,
            ...(target.annotations ? { annotations: target.annotations } : {}),
        },
    }));
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-kms/dist-cjs/index.js
var dist_cjs = __webpack_require__(92632);
;// CONCATENATED MODULE: ./shared/src/signing/signers.ts






const DEFAULT_FULCIO_URL = 'https://fulcio.sigstore.dev';
const DEFAULT_REKOR_URL = 'https://rekor.sigstore.dev';
const GITHUB_OIDC_ISSUER = 'https://token.actions.githubusercontent.com';
/** Signs with a private key held in memory (from a PEM or a cosign-encrypted key). */
class PrivateKeySigner {
    key;
    reference;
    kind = 'key';
    constructor(key, reference) {
        this.key = key;
        this.reference = reference;
    }
    async publicKey() {
        return (0,external_node_crypto_.createPublicKey)(this.key);
    }
    async identity() {
        return `${this.reference} (${keyFingerprint(this.key)})`;
    }
    async sign(data) {
        // RSA keys sign PKCS#1 v1.5, which is what cosign verifies for RSA public keys.
        const signature = this.key.asymmetricKeyType === 'rsa-pss'
            ? (0,external_node_crypto_.sign)('sha256', data, { key: this.key, padding: external_node_crypto_.constants.RSA_PKCS1_PSS_PADDING, saltLength: 32 })
            : (0,external_node_crypto_.sign)('sha256', data, this.key);
        return { signature };
    }
}
/** The signing algorithm for a KMS key spec: ECDSA P-256, or RSA (PKCS#1 v1.5 preferred, as cosign verifies it). */
function kmsSigningAlgorithm(keySpec, offered) {
    const available = offered ?? [];
    if (keySpec === 'ECC_NIST_P256')
        return 'ECDSA_SHA_256';
    if (keySpec?.startsWith('RSA_')) {
        if (!available.length || available.includes('RSASSA_PKCS1_V1_5_SHA_256'))
            return 'RSASSA_PKCS1_V1_5_SHA_256';
        if (available.includes('RSASSA_PSS_SHA_256'))
            return 'RSASSA_PSS_SHA_256';
    }
    throw new errors/* ConfigurationError */.j1(`KMS key spec ${keySpec ?? 'unknown'} cannot sign cosign-compatible signatures; create an asymmetric SIGN_VERIFY key with spec ECC_NIST_P256 or RSA_2048/3072/4096.`);
}
/** Signs with an AWS KMS key: `Sign` over the sha256 digest (MessageType DIGEST); the key never leaves KMS. */
class KmsSigner {
    kms;
    keyId;
    reference;
    kind = 'kms';
    details;
    constructor(kms, keyId, reference) {
        this.kms = kms;
        this.keyId = keyId;
        this.reference = reference;
    }
    describe() {
        this.details ??= (async () => {
            let out;
            try {
                out = await this.kms.send(new dist_cjs.GetPublicKeyCommand({ KeyId: this.keyId }));
            }
            catch (err) {
                throw kmsError(err, this.reference, 'GetPublicKey');
            }
            if (!out.PublicKey)
                throw new Error(`KMS returned no public key for ${this.reference}.`);
            if (out.KeyUsage && out.KeyUsage !== 'SIGN_VERIFY') {
                throw new errors/* ConfigurationError */.j1(`KMS key ${this.reference} has key usage ${out.KeyUsage}; signing needs an asymmetric key with usage SIGN_VERIFY.`);
            }
            const key = (0,external_node_crypto_.createPublicKey)({ key: Buffer.from(out.PublicKey), format: 'der', type: 'spki' });
            return { key, algorithm: kmsSigningAlgorithm(out.KeySpec, out.SigningAlgorithms) };
        })();
        return this.details;
    }
    async publicKey() {
        return (await this.describe()).key;
    }
    async algorithm() {
        return (await this.describe()).algorithm;
    }
    async identity() {
        return `${this.reference} (${keyFingerprint(await this.publicKey())})`;
    }
    async sign(data) {
        const { algorithm } = await this.describe();
        const digest = (0,external_node_crypto_.createHash)('sha256').update(data).digest();
        let out;
        try {
            out = await this.kms.send(new dist_cjs.SignCommand({ KeyId: this.keyId, Message: digest, MessageType: 'DIGEST', SigningAlgorithm: algorithm }));
        }
        catch (err) {
            throw kmsError(err, this.reference, 'Sign');
        }
        if (!out.Signature)
            throw new Error(`KMS returned no signature for ${this.reference}.`);
        return { signature: Buffer.from(out.Signature) };
    }
}
function kmsError(err, reference, operation) {
    const name = err instanceof Error ? err.name : '';
    if (['NotFoundException', 'AccessDeniedException', 'DisabledException', 'KMSInvalidStateException'].includes(name)) {
        return new errors/* ConfigurationError */.j1(`KMS ${operation} on ${reference} failed (${name}: ${(0,errors/* errorMessage */.gJ)(err)}). Check that the key exists in this region, is enabled, and that the role may call kms:${operation} on it.`);
    }
    return err instanceof Error ? err : new Error(String(err));
}
/** Claims of an OIDC token, read without verification (Fulcio verifies the token). */
function tokenClaims(token) {
    const part = token.split('.')[1];
    if (!part)
        throw new errors/* ConfigurationError */.j1('The OIDC token for keyless signing is not a JWT.');
    return JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
}
/** The certificate identity Fulcio issues for a token: the workflow URI for GitHub, else the email or subject. */
function keylessIdentityOf(claims) {
    const issuer = String(claims.iss ?? '');
    if (issuer === GITHUB_OIDC_ISSUER && typeof claims.job_workflow_ref === 'string') {
        return { issuer, subject: `https://github.com/${claims.job_workflow_ref}` };
    }
    const subject = typeof claims.email === 'string' ? claims.email : String(claims.sub ?? '');
    return { issuer, subject };
}
/** Keyless: an ephemeral key, certified by Fulcio for the OIDC identity of this run. */
class KeylessSigner {
    options;
    kind = 'keyless';
    reference = 'keyless';
    token;
    fulcio;
    constructor(options) {
        this.options = options;
        this.fulcio = new sign_dist/* FulcioSigner */.$o({
            fulcioBaseURL: options.fulcioUrl ?? DEFAULT_FULCIO_URL,
            identityProvider: { getToken: () => this.oidcToken() },
        });
    }
    oidcToken() {
        this.token ??= this.options.getToken().then((t) => {
            this.options.logger?.setSecret(t);
            return t;
        });
        return this.token;
    }
    async publicKey() {
        return undefined;
    }
    async identity() {
        const id = keylessIdentityOf(tokenClaims(await this.oidcToken()));
        return `${id.subject} (issuer ${id.issuer})`;
    }
    async expectedIdentity() {
        return keylessIdentityOf(tokenClaims(await this.oidcToken()));
    }
    async sign(data) {
        const out = await this.fulcio.sign(data);
        if (out.key.$case !== 'x509Certificate')
            throw new Error('Fulcio returned no certificate.');
        return { signature: out.signature, certificateChain: [out.key.certificate] };
    }
}
/** Opens the signer a key reference names. */
function openSigner(reference, options = {}) {
    const ref = typeof reference === 'string' ? parseKeyReference(reference) : reference;
    if (options.password)
        options.logger?.setSecret(options.password);
    switch (ref.kind) {
        case 'kms':
            if (!options.kms)
                throw new Error('openSigner: a KMS client is needed for awskms:// keys.');
            return new KmsSigner(options.kms(), ref.keyId, ref.text);
        case 'keyless':
            if (!options.keyless) {
                throw new errors/* ConfigurationError */.j1("Keyless signing needs the job's OIDC token: give the job `permissions: id-token: write`.");
            }
            return new KeylessSigner({ ...options.keyless, logger: options.logger });
        default: {
            const pem = readKeyMaterial(ref, options);
            return new PrivateKeySigner(loadPrivateKey(pem, options.password), ref.text);
        }
    }
}

// EXTERNAL MODULE: ./node_modules/@sigstore/protobuf-specs/dist/index.js
var protobuf_specs_dist = __webpack_require__(19654);
// EXTERNAL MODULE: ./node_modules/@sigstore/tuf/dist/index.js
var tuf_dist = __webpack_require__(84423);
;// CONCATENATED MODULE: ./shared/src/signing/sigstore-trust.ts




/** Trust material that accepts one public key, whatever hint a bundle carries, with no log or timestamp authority. */
function keyTrustMaterial(key) {
    return {
        certificateAuthorities: [],
        timestampAuthorities: [],
        tlogs: [],
        ctlogs: [],
        publicKey: () => ({ publicKey: key, validFor: () => true }),
    };
}
/** A sigstore trusted root (Fulcio CAs, Rekor and CT log keys, TSAs) from its JSON form. */
function trustedRootFromJSON(json) {
    try {
        return protobuf_specs_dist.TrustedRoot.fromJSON(typeof json === 'string' ? JSON.parse(json) : json);
    }
    catch (err) {
        throw new errors/* ConfigurationError */.j1(`The sigstore trusted root is not a valid trusted_root.json: ${(0,errors/* errorMessage */.gJ)(err)}.`);
    }
}
/** The trust material for keyless verification: the given trusted root, else the public-good one (via TUF). */
async function keylessTrustMaterial(trustedRoot) {
    if (trustedRoot !== undefined)
        return (0,verify_dist/* toTrustMaterial */.jO)(trustedRootFromJSON(trustedRoot));
    return (0,verify_dist/* toTrustMaterial */.jO)(await (0,tuf_dist.getTrustedRoot)());
}

;// CONCATENATED MODULE: ./shared/src/signing/bundle-format.ts











/** Adapts a Signer to what @sigstore/sign's bundle builders call. */
function toSigstoreSigner(signer) {
    return {
        sign: async (data) => {
            const out = await signer.sign(data);
            if (out.certificateChain?.length) {
                return { signature: out.signature, key: { $case: 'x509Certificate', certificate: out.certificateChain[0] } };
            }
            const key = await signer.publicKey();
            if (!key)
                throw new Error('A signer without a certificate must have a public key.');
            return {
                signature: out.signature,
                key: { $case: 'publicKey', publicKey: publicKeyPem(key), hint: keyFingerprint(key).replace(/^sha256:/, '') },
            };
        },
    };
}
/**
 * Signs an image as cosign 3 does: a DSSE envelope over an in-toto statement (predicate
 * https://sigstore.dev/cosign/sign/v1, the manifest digest as subject) in a sigstore bundle v0.3, attached as an
 * OCI referrer of the image.
 */
async function signWithBundle(subject, signer, options = {}) {
    const witnesses = [];
    if (signer.kind === 'keyless' || options.transparencyLog) {
        // intoto entries are logged as proposed, so any Rekor (the public one, a private one, a test double) can be checked.
        witnesses.push(new sign_dist/* RekorWitness */.fU({
            rekorBaseURL: options.rekorUrl ?? DEFAULT_REKOR_URL,
            fetchOnConflict: true,
            entryType: 'intoto',
        }));
    }
    const builder = new sign_dist/* DSSEBundleBuilder */.VV({ signer: toSigstoreSigner(signer), witnesses });
    const statement = imageSignatureStatement(subject.dockerReference, subject.descriptor.digest);
    const bundle = await builder.create({ data: statement, type: SIGNATURE_MEDIA_TYPES.inToto });
    const bytes = Buffer.from(JSON.stringify((0,dist.bundleToJSON)(bundle)));
    const created = (options.now?.() ?? new Date()).toISOString();
    const attached = await (0,referrers/* attachReferrer */.vO)(subject.client, subject.repository, subject.descriptor, {
        artifactType: SIGNATURE_MEDIA_TYPES.sigstoreBundle,
        layers: [
            {
                mediaType: SIGNATURE_MEDIA_TYPES.sigstoreBundle,
                bytes,
                annotations: {
                    'org.opencontainers.image.title': `${subject.descriptor.digest.replace(':', '-')}.sigstore.json`,
                },
            },
        ],
        annotations: {
            'dev.sigstore.bundle.content': 'dsse-envelope',
            'dev.sigstore.bundle.predicateType': COSIGN_SIGN_PREDICATE,
            'org.opencontainers.image.created': created,
        },
    }, options.logger);
    return { descriptor: attached.descriptor, bundle };
}
/** The trusted identity a certificate matches, as `subject (issuer ...)`, or undefined. */
function identityMatches(identity, trusted) {
    const san = identity?.subjectAlternativeName;
    const issuer = identity?.extensions?.issuer;
    if (!san)
        return undefined;
    const hit = trusted.find((t) => t.issuer === issuer && new RegExp(`^(?:${t.subject.source})$`).test(san));
    return hit ? `${san} (issuer ${issuer})` : undefined;
}
/** Verifies one bundle referrer of an image. */
async function verifyBundleReferrer(subject, referrer, trust) {
    const location = `referrer ${referrer.digest}`;
    const check = (rest) => ({
        format: 'sigstore-bundle',
        location,
        manifestDigest: referrer.digest,
        ...rest,
    });
    const read = await (0,referrers/* readImageManifest */.lb)(subject.client, subject.repository, referrer.digest);
    const layer = read?.manifest.layers.find((l) => l.mediaType.startsWith('application/vnd.dev.sigstore.bundle'));
    if (!read || !layer)
        return check({ reason: 'malformed', detail: 'the referrer holds no sigstore bundle layer' });
    const blob = await readBlob(subject.client, subject.repository, layer);
    if (!blob)
        return check({ reason: 'tampered-payload', detail: `the bundle blob does not match its digest ${layer.digest}` });
    let bundle;
    try {
        bundle = (0,dist.bundleFromJSON)(JSON.parse(blob.toString('utf8')));
    }
    catch (err) {
        return check({ reason: 'malformed', detail: `the bundle is not a valid sigstore bundle: ${(0,errors/* errorMessage */.gJ)(err)}` });
    }
    if (bundle.content.$case !== 'dsseEnvelope') {
        return check({ reason: 'malformed', detail: 'the bundle holds a message signature, not a signed image statement' });
    }
    const envelope = bundle.content.dsseEnvelope;
    const statement = envelope.payloadType === SIGNATURE_MEDIA_TYPES.inToto ? parseInTotoStatement(envelope.payload) : undefined;
    if (!statement)
        return check({ reason: 'malformed', detail: 'the signed payload is not an in-toto statement' });
    const digests = statementDigests(statement);
    const signedDigest = digests[0];
    const entity = (0,verify_dist/* toSignedEntity */.DC)(bundle);
    let signerName;
    let failure;
    if (bundle.verificationMaterial.content.$case === 'publicKey') {
        const hint = bundle.verificationMaterial.content.publicKey.hint;
        for (const trusted of trust.keys) {
            try {
                new verify_dist/* Verifier */.BL(keyTrustMaterial(trusted.key), {
                    tlogThreshold: 0,
                    ctlogThreshold: 0,
                    timestampThreshold: 0,
                }).verify(entity);
                signerName = trusted.name;
                break;
            }
            catch {
                // The next trusted key may be the one.
            }
        }
        if (!signerName) {
            const claimed = trust.keys.find((k) => hint && keyFingerprint(k.key).endsWith(hint));
            failure = claimed
                ? check({
                    reason: 'tampered-payload',
                    signer: claimed.name,
                    signedDigest,
                    detail: `the bundle names trusted key ${claimed.name} but its signature does not match the payload (altered after signing)`,
                })
                : check({ reason: 'wrong-key', signedDigest, detail: 'the signature does not verify with any trusted key' });
        }
    }
    else {
        if (!trust.keyless.length || !trust.keylessMaterial) {
            failure = check({
                reason: 'untrusted-identity',
                signedDigest,
                detail: 'keyless signature, and no keyless identity is trusted',
            });
        }
        else {
            try {
                const verified = new verify_dist/* Verifier */.BL(await trust.keylessMaterial(), {
                    tlogThreshold: 1,
                    ctlogThreshold: 1,
                    timestampThreshold: 1,
                }).verify(entity);
                signerName = identityMatches(verified.identity, trust.keyless);
                if (!signerName) {
                    failure = check({
                        reason: 'untrusted-identity',
                        signedDigest,
                        signer: `${verified.identity?.subjectAlternativeName} (issuer ${verified.identity?.extensions?.issuer})`,
                        detail: 'the certificate identity matches no trusted issuer and subject pattern',
                    });
                }
            }
            catch (err) {
                const { reason, detail } = classifyKeylessFailure(bundle, err);
                failure = check({ reason, signedDigest, detail });
            }
        }
    }
    if (failure)
        return failure;
    if (!digests.includes(subject.digest)) {
        return check({
            reason: 'digest-mismatch',
            signer: signerName,
            signedDigest,
            detail: `the signature is over ${digests.join(', ')}, not ${subject.digest}`,
        });
    }
    if (statement.predicateType !== COSIGN_SIGN_PREDICATE) {
        return check({
            reason: 'malformed',
            signer: signerName,
            signedDigest,
            detail: `the bundle is an attestation (${statement.predicateType}), not an image signature`,
        });
    }
    return check({ signer: signerName, signedDigest, detail: `signed by ${signerName}` });
}
/** A blob whose bytes match its digest, or undefined when the registry serves something else. */
async function readBlob(client, repository, descriptor) {
    let bytes;
    try {
        bytes = await client.getBlob(repository, descriptor.digest);
    }
    catch (err) {
        if (/digest|mismatch/i.test((0,errors/* errorMessage */.gJ)(err)))
            return undefined;
        throw err;
    }
    return (0,digest/* digestOf */.ol)(bytes) === descriptor.digest ? bytes : undefined;
}
/** When the signature was logged outside its certificate's validity, names the certificate and the time. */
function expiredAtLogTime(bundle) {
    const content = bundle.verificationMaterial.content;
    const der = content.$case === 'x509CertificateChain'
        ? content.x509CertificateChain.certificates[0]?.rawBytes
        : content.$case === 'certificate'
            ? content.certificate.rawBytes
            : undefined;
    if (!der)
        return undefined;
    const certificate = new external_node_crypto_.X509Certificate(der);
    for (const entry of bundle.verificationMaterial.tlogEntries) {
        const at = new Date(Number(entry.integratedTime) * 1000);
        if (at < new Date(certificate.validFrom) || at > new Date(certificate.validTo)) {
            return `logged at ${at.toISOString()}, outside the certificate's validity (${certificate.validFrom} to ${certificate.validTo})`;
        }
    }
    return undefined;
}
/** Why @sigstore/verify refused a keyless signature, in the terms verification reports. */
function classifyKeylessFailure(bundle, err) {
    const message = (0,errors/* errorMessage */.gJ)(err);
    const expired = expiredAtLogTime(bundle);
    if (expired)
        return { reason: 'expired-certificate', detail: `the certificate had expired: ${expired}` };
    const reason = /signature verification failed|digest/i.test(message)
        ? 'tampered-payload'
        : 'untrusted-chain';
    return { reason, detail: `keyless verification failed: ${message}` };
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ecr/dist-cjs/index.js
var client_ecr_dist_cjs = __webpack_require__(28249);
// EXTERNAL MODULE: ./shared/src/runtime/retry.ts
var retry = __webpack_require__(24290);
;// CONCATENATED MODULE: ./shared/src/signing/ecr-managed.ts



/** Waits until ECR managed signing has signed the image (COMPLETE); FAILED and the timeout are errors. */
async function waitForEcrManagedSignature(options) {
    const sleep = options.sleep ?? retry/* defaultSleep */.JG;
    const now = options.now ?? Date.now;
    const timeoutMs = options.timeoutMs ?? 300_000;
    const pollMs = options.pollMs ?? 5_000;
    const deadline = now() + timeoutMs;
    for (;;) {
        const out = await options.ecr.send(new client_ecr_dist_cjs.DescribeImageSigningStatusCommand({
            repositoryName: options.repository,
            imageId: { imageDigest: options.digest },
            ...(options.registryId ? { registryId: options.registryId } : {}),
        }));
        const statuses = out.signingStatuses ?? [];
        const failed = statuses.find((s) => s.status === 'FAILED');
        if (failed) {
            throw new errors/* ConfigurationError */.j1(`ECR managed signing of ${options.repository}@${options.digest} FAILED (${failed.failureCode ?? 'no code'}: ${failed.failureReason ?? 'no reason given'}). Check the registry signing configuration and its AWS Signer profile.`);
        }
        const complete = statuses.find((s) => s.status === 'COMPLETE');
        if (complete)
            return { signingProfileArn: complete.signingProfileArn };
        if (!statuses.length && now() >= deadline) {
            throw new errors/* ConfigurationError */.j1(`ECR reports no managed signing for ${options.repository}@${options.digest}; add a signing rule for this repository (PutSigningConfiguration) or choose another signature-format.`);
        }
        if (now() >= deadline) {
            throw new Error(`ECR managed signing of ${options.repository}@${options.digest} did not complete within ${Math.round(timeoutMs / 1000)} s (status ${statuses.map((s) => s.status).join(', ') || 'none'}).`);
        }
        options.logger?.debug(`ECR signing status: ${statuses.map((s) => s.status).join(', ') || 'none yet'}`);
        await sleep(pollMs);
    }
}

;// CONCATENATED MODULE: ./shared/src/signing/signature-check.ts

/**
 * Whether a signature over sha256(data) verifies with a public key: ECDSA (DER or raw r||s), RSA PKCS#1 v1.5,
 * or RSA-PSS (any salt length), as cosign, KMS and AWS Signer produce them.
 */
function verifySha256Signature(key, data, signature) {
    try {
        if (key.asymmetricKeyType === 'ec') {
            return ((0,external_node_crypto_.verify)('sha256', data, key, signature) || (0,external_node_crypto_.verify)('sha256', data, { key, dsaEncoding: 'ieee-p1363' }, signature));
        }
        if (key.asymmetricKeyType === 'rsa' || key.asymmetricKeyType === 'rsa-pss') {
            return ((key.asymmetricKeyType === 'rsa' && (0,external_node_crypto_.verify)('sha256', data, key, signature)) ||
                (0,external_node_crypto_.verify)('sha256', data, { key, padding: external_node_crypto_.constants.RSA_PKCS1_PSS_PADDING, saltLength: external_node_crypto_.constants.RSA_PSS_SALTLEN_AUTO }, signature));
        }
        return false;
    }
    catch {
        return false;
    }
}

;// CONCATENATED MODULE: ./shared/src/signing/legacy-format.ts













/** The image config cosign 2 gives a `.sig` manifest: its layers' digests as the rootfs. */
function signatureConfig(layers) {
    return Buffer.from(JSON.stringify({
        architecture: '',
        config: {},
        created: '0001-01-01T00:00:00Z',
        history: [{ created: '0001-01-01T00:00:00Z' }],
        os: '',
        rootfs: { type: 'layers', diff_ids: layers.map((l) => l.digest) },
    }));
}
/** Attempts at the `.sig` read-modify-write; a concurrent signer can replace the manifest between read and write. */
const SIG_TAG_ATTEMPTS = 4;
/**
 * Signs as cosign 2 does: the simple-signing payload as a layer of the manifest at `sha256-<hex>.sig`, its
 * signature in the `dev.cosignproject.cosign/signature` annotation. Existing signatures there are kept.
 */
async function signWithLegacy(subject, signer, options = {}) {
    const { client, repository, descriptor } = subject;
    const payload = simpleSigningPayload(subject.dockerReference, descriptor.digest);
    const { signature, certificateChain } = await signer.sign(payload);
    const annotations = { [COSIGN_ANNOTATIONS.signature]: signature.toString('base64') };
    if (certificateChain?.length) {
        // Keyless, as cosign 2 stores it: the Fulcio certificate, its chain, and the Rekor entry that dates the signature.
        annotations[COSIGN_ANNOTATIONS.certificate] = certificateChain[0];
        if (certificateChain.length > 1)
            annotations[COSIGN_ANNOTATIONS.chain] = certificateChain.slice(1).join('');
        const witness = new sign_dist/* RekorWitness */.fU({ rekorBaseURL: options.rekorUrl ?? DEFAULT_REKOR_URL, fetchOnConflict: true });
        const { tlogEntries } = await witness.testify({
            $case: 'messageSignature',
            messageSignature: {
                messageDigest: { algorithm: protobuf_specs_dist.HashAlgorithm.SHA2_256, digest: (0,external_node_crypto_.createHash)('sha256').update(payload).digest() },
                signature,
            },
        }, certificateChain[0]);
        const entry = tlogEntries?.[0];
        if (!entry)
            throw new Error('Rekor returned no log entry for the keyless signature.');
        annotations[COSIGN_ANNOTATIONS.bundle] = JSON.stringify(rekorBundleAnnotation(entry));
    }
    const layer = {
        mediaType: SIGNATURE_MEDIA_TYPES.simpleSigning,
        digest: (0,digest/* digestOf */.ol)(payload),
        size: payload.length,
        annotations,
    };
    await client.pushBlob(repository, { digest: layer.digest, size: layer.size }, payload);
    const tag = (0,referrers/* cosignSignatureTag */.k1)(descriptor.digest);
    for (let attempt = 1; attempt <= SIG_TAG_ATTEMPTS; attempt++) {
        const existing = await (0,referrers/* readImageManifest */.lb)(client, repository, tag);
        const layers = [...(existing?.manifest.layers ?? []), layer];
        const config = signatureConfig(layers);
        await client.pushBlob(repository, { digest: (0,digest/* digestOf */.ol)(config), size: config.length }, config);
        const manifest = {
            schemaVersion: 2,
            mediaType: types/* MEDIA_TYPES */.Z2.ociManifest,
            config: { mediaType: types/* MEDIA_TYPES */.Z2.ociConfig, digest: (0,digest/* digestOf */.ol)(config), size: config.length },
            layers,
            ...(existing?.manifest.annotations ? { annotations: existing.manifest.annotations } : {}),
        };
        const bytes = Buffer.from(JSON.stringify(manifest));
        const put = await client.putManifest(repository, tag, { bytes, mediaType: types/* MEDIA_TYPES */.Z2.ociManifest });
        const after = await (0,referrers/* readImageManifest */.lb)(client, repository, tag);
        const sigOf = (l) => l.annotations?.[COSIGN_ANNOTATIONS.signature];
        if (after?.manifest.layers.some((l) => l.digest === layer.digest && sigOf(l) === sigOf(layer))) {
            return { descriptor: { mediaType: types/* MEDIA_TYPES */.Z2.ociManifest, digest: put.digest, size: bytes.length } };
        }
    }
    throw new Error(`The signature manifest at tag '${tag}' kept changing while a signature was being added; try again.`);
}
function rekorBundleAnnotation(entry) {
    if (!entry.inclusionPromise)
        throw new Error('The Rekor entry has no signed entry timestamp.');
    return {
        SignedEntryTimestamp: entry.inclusionPromise.signedEntryTimestamp.toString('base64'),
        Payload: {
            body: entry.canonicalizedBody.toString('base64'),
            integratedTime: Number(entry.integratedTime),
            logIndex: Number(entry.logIndex),
            logID: entry.logId.keyId.toString('hex'),
        },
    };
}
/** A keyless cosign-legacy signature as a sigstore bundle (message signature), so @sigstore/verify checks it. */
function legacyKeylessBundle(payload, signature, certificatePem, rekor) {
    const der = Buffer.from(certificatePem.replace(/-----[A-Z ]+-----|\s/g, ''), 'base64');
    const body = JSON.parse(Buffer.from(rekor.Payload.body, 'base64').toString('utf8'));
    return (0,dist.bundleFromJSON)({
        mediaType: 'application/vnd.dev.sigstore.bundle+json;version=0.1',
        verificationMaterial: {
            x509CertificateChain: { certificates: [{ rawBytes: der.toString('base64') }] },
            tlogEntries: [
                {
                    logIndex: String(rekor.Payload.logIndex),
                    logId: { keyId: Buffer.from(rekor.Payload.logID, 'hex').toString('base64') },
                    kindVersion: { kind: body.kind ?? 'hashedrekord', version: body.apiVersion ?? '0.0.1' },
                    integratedTime: String(rekor.Payload.integratedTime),
                    inclusionPromise: { signedEntryTimestamp: rekor.SignedEntryTimestamp },
                    canonicalizedBody: rekor.Payload.body,
                },
            ],
            timestampVerificationData: { rfc3161Timestamps: [] },
        },
        messageSignature: {
            messageDigest: { algorithm: 'SHA2_256', digest: (0,external_node_crypto_.createHash)('sha256').update(payload).digest('base64') },
            signature: signature.toString('base64'),
        },
    });
}
/** Verifies every simple-signing layer of an image's `.sig` manifest. */
async function verifyLegacySignatures(subject, trust) {
    const keys = trust.keys;
    const tag = (0,referrers/* cosignSignatureTag */.k1)(subject.digest);
    const read = await (0,referrers/* readImageManifest */.lb)(subject.client, subject.repository, tag);
    if (!read)
        return [];
    const checks = [];
    for (const [i, layer] of read.manifest.layers.entries()) {
        if (layer.mediaType !== SIGNATURE_MEDIA_TYPES.simpleSigning)
            continue;
        const location = `${tag} layer ${i + 1} (${layer.digest})`;
        const check = (rest) => ({
            format: 'cosign-legacy',
            location,
            manifestDigest: read.stored.digest,
            ...rest,
        });
        const sigText = layer.annotations?.[COSIGN_ANNOTATIONS.signature];
        if (!sigText) {
            checks.push(check({ reason: 'malformed', detail: 'the layer has no dev.cosignproject.cosign/signature annotation' }));
            continue;
        }
        const payload = await readBlob(subject.client, subject.repository, layer);
        if (!payload) {
            checks.push(check({ reason: 'tampered-payload', detail: `the payload does not match its digest ${layer.digest}` }));
            continue;
        }
        const parsed = parseSimpleSigningPayload(payload);
        if (!parsed) {
            checks.push(check({ reason: 'malformed', detail: 'the payload is not a cosign simple-signing payload' }));
            continue;
        }
        const signedDigest = parsed.critical.image['docker-manifest-digest'];
        const signature = Buffer.from(sigText, 'base64');
        const certificate = layer.annotations?.[COSIGN_ANNOTATIONS.certificate];
        let signerName;
        if (certificate) {
            const rekor = layer.annotations?.[COSIGN_ANNOTATIONS.bundle];
            const keyless = await verifyLegacyKeyless(payload, signature, certificate, rekor, trust);
            if ('reason' in keyless) {
                checks.push(check({ ...keyless, signedDigest }));
                continue;
            }
            signerName = keyless.signer;
        }
        else {
            signerName = keys.find((k) => verifySha256Signature(k.key, payload, signature))?.name;
        }
        const signer = signerName ? { name: signerName } : undefined;
        if (!signer) {
            checks.push(check({
                reason: 'wrong-key',
                signedDigest,
                detail: 'the signature does not verify with any trusted key (signed by another key, or the payload was altered)',
            }));
            continue;
        }
        if (signedDigest !== subject.digest) {
            checks.push(check({
                reason: 'digest-mismatch',
                signer: signer.name,
                signedDigest,
                detail: `the payload names ${signedDigest}, not ${subject.digest}`,
            }));
            continue;
        }
        checks.push(check({ signer: signer.name, signedDigest, detail: `signed by ${signer.name}` }));
    }
    return checks;
}
async function verifyLegacyKeyless(payload, signature, certificate, rekorText, trust) {
    if (!trust.keyless.length || !trust.keylessMaterial) {
        return { reason: 'untrusted-identity', detail: 'keyless signature, and no keyless identity is trusted' };
    }
    if (!rekorText) {
        return { reason: 'malformed', detail: 'keyless signature without its Rekor entry (dev.sigstore.cosign/bundle)' };
    }
    let bundle;
    try {
        bundle = legacyKeylessBundle(payload, signature, certificate, JSON.parse(rekorText));
        const verified = new verify_dist/* Verifier */.BL(await trust.keylessMaterial(), {
            tlogThreshold: 1,
            ctlogThreshold: 1,
            timestampThreshold: 1,
        }).verify((0,verify_dist/* toSignedEntity */.DC)(bundle, payload));
        const name = identityMatches(verified.identity, trust.keyless);
        if (!name) {
            return {
                reason: 'untrusted-identity',
                signer: `${verified.identity?.subjectAlternativeName} (issuer ${verified.identity?.extensions?.issuer})`,
                detail: 'the certificate identity matches no trusted issuer and subject pattern',
            };
        }
        return { signer: name };
    }
    catch (err) {
        if (!bundle)
            return { reason: 'malformed', detail: `the keyless signature cannot be read: ${(0,errors/* errorMessage */.gJ)(err)}` };
        return classifyKeylessFailure(bundle, err);
    }
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-signer/dist-cjs/index.js
var client_signer_dist_cjs = __webpack_require__(39935);
;// CONCATENATED MODULE: ./shared/src/signing/notation-format.ts






const NOTATION_THUMBPRINTS = 'io.cncf.notary.x509chain.thumbprint#S256';
const SIGNER_PROFILE_VERSION = 'com.amazonaws.signer.signingProfileVersion';
const SIGNING_AGENT = 'artifacts';
/** A signer's ECDSA signature as JWS wants it: raw r||s, each half the curve size. */
function derToJose(der, size) {
    // DER: 30 len 02 rlen r 02 slen s
    let offset = 2;
    if (der[1] & 0x80)
        offset += der[1] & 0x7f;
    const read = () => {
        const len = der[offset + 1];
        const value = der.subarray(offset + 2, offset + 2 + len);
        offset += 2 + len;
        const trimmed = value[0] === 0 ? value.subarray(1) : value;
        return Buffer.concat([Buffer.alloc(size - trimmed.length), trimmed]);
    };
    return Buffer.concat([read(), read()]);
}
function certificatesOf(pems) {
    return (pems ?? []).map((pem) => new external_node_crypto_.X509Certificate(pem).raw.toString('base64'));
}
function thumbprints(x5c) {
    return JSON.stringify(x5c.map((der) => (0,external_node_crypto_.createHash)('sha256').update(Buffer.from(der, 'base64')).digest('hex')));
}
/** Builds a notation JWS envelope with a local or KMS key (ECDSA P-256: ES256), scheme notary.x509. */
async function notationEnvelopeWithKey(signer, target, options = {}) {
    const key = await signer.publicKey();
    if (!key || key.asymmetricKeyType !== 'ec' || key.asymmetricKeyDetails?.namedCurve !== 'prime256v1') {
        throw new errors/* ConfigurationError */.j1('Notation signatures with a key need an ECDSA P-256 key; sign RSA keys as sigstore-bundle or cosign-legacy, or use an AWS Signer profile (signing-profile).');
    }
    const header = {
        alg: 'ES256',
        crit: ['io.cncf.notary.signingScheme'],
        cty: SIGNATURE_MEDIA_TYPES.notaryPayload,
        'io.cncf.notary.signingScheme': 'notary.x509',
        'io.cncf.notary.signingTime': (options.now?.() ?? new Date()).toISOString().replace(/\.\d{3}Z$/, 'Z'),
    };
    const protectedPart = Buffer.from(JSON.stringify(header)).toString('base64url');
    const payloadPart = notationPayload(target).toString('base64url');
    const { signature } = await signer.sign(Buffer.from(`${protectedPart}.${payloadPart}`, 'ascii'));
    const x5c = certificatesOf(options.certificateChain);
    const envelope = {
        payload: payloadPart,
        protected: protectedPart,
        header: { ...(x5c.length ? { x5c } : {}), 'io.cncf.notary.signingAgent': SIGNING_AGENT },
        signature: derToJose(signature, 32).toString('base64url'),
    };
    return Buffer.from(JSON.stringify(envelope));
}
/** Splits a signing profile name or ARN into SignPayload's profile name and owner. */
function signingProfileParts(profile) {
    const arn = /^arn:aws[a-z-]*:signer:[a-z0-9-]+:(\d{12}):\/signing-profiles\/([A-Za-z0-9_]+)(?:\/[A-Za-z0-9]+)?$/.exec(profile);
    if (arn)
        return { profileName: arn[2], profileOwner: arn[1] };
    if (/^[A-Za-z0-9_]{2,64}$/.test(profile))
        return { profileName: profile };
    throw new errors/* ConfigurationError */.j1(`Signing profile '${profile}' is neither an AWS Signer profile name nor arn:aws:signer:<region>:<account>:/signing-profiles/<name>.`);
}
/** Asks AWS Signer for a notation envelope over the image (what the notation AWS Signer plugin does). */
async function notationEnvelopeWithSigner(signerClient, profile, target) {
    const parts = signingProfileParts(profile);
    let out;
    try {
        out = await signerClient.send(new client_signer_dist_cjs.SignPayloadCommand({
            ...parts,
            payload: notationPayload(target),
            payloadFormat: SIGNATURE_MEDIA_TYPES.notaryPayload,
        }));
    }
    catch (err) {
        const name = err instanceof Error ? err.name : '';
        if (['ResourceNotFoundException', 'AccessDeniedException', 'ValidationException', 'BadRequestException'].includes(name)) {
            throw new errors/* ConfigurationError */.j1(`AWS Signer SignPayload with profile '${profile}' failed (${name}: ${(0,errors/* errorMessage */.gJ)(err)}). Check the profile exists for platform Notation-OCI-SHA384-ECDSA, is active, and the role may call signer:SignPayload on it.`);
        }
        throw err;
    }
    if (!out.signature)
        throw new Error('AWS Signer returned no signature envelope.');
    return Buffer.from(out.signature);
}
/** Stores a notation envelope as a referrer of the image. */
async function attachNotationSignature(subject, envelope, logger) {
    const jws = JSON.parse(envelope.toString('utf8'));
    const attached = await (0,referrers/* attachReferrer */.vO)(subject.client, subject.repository, subject.descriptor, {
        artifactType: SIGNATURE_MEDIA_TYPES.notarySignature,
        layers: [{ mediaType: SIGNATURE_MEDIA_TYPES.jws, bytes: envelope }],
        annotations: { [NOTATION_THUMBPRINTS]: thumbprints(jws.header?.x5c ?? []) },
    }, logger);
    return { descriptor: attached.descriptor };
}
const JWS_ALGORITHMS = {
    ES256: { hash: 'sha256', size: 32 },
    ES384: { hash: 'sha384', size: 48 },
    ES512: { hash: 'sha512', size: 66 },
    PS256: { hash: 'sha256', pss: true },
    PS384: { hash: 'sha384', pss: true },
    PS512: { hash: 'sha512', pss: true },
};
function verifyJws(key, alg, input, signature) {
    const spec = JWS_ALGORITHMS[alg];
    if (!spec)
        return false;
    try {
        if (spec.size)
            return (0,external_node_crypto_.verify)(spec.hash, input, { key, dsaEncoding: 'ieee-p1363' }, signature);
        return (0,external_node_crypto_.verify)(spec.hash, input, { key, padding: external_node_crypto_.constants.RSA_PKCS1_PSS_PADDING, saltLength: external_node_crypto_.constants.RSA_PSS_SALTLEN_DIGEST }, signature);
    }
    catch {
        return false;
    }
}
/** Whether a chain (leaf first) leads to one of the roots; returns why not, or undefined when it does. */
function chainProblem(chain, roots) {
    for (let i = 0; i + 1 < chain.length; i++) {
        if (!chain[i].checkIssued(chain[i + 1]) || !chain[i].verify(chain[i + 1].publicKey)) {
            return `certificate ${i + 1} of the chain is not issued by certificate ${i + 2}`;
        }
    }
    const last = chain[chain.length - 1];
    const anchored = roots.some((root) => root.fingerprint256 === last.fingerprint256 || (last.checkIssued(root) && last.verify(root.publicKey)));
    return anchored ? undefined : 'the certificate chain does not lead to a configured root certificate';
}
function profileMatches(profileVersion, trusted) {
    if (!profileVersion)
        return undefined;
    const lower = profileVersion.toLowerCase();
    // A bare profile name matches any version of that profile; an ARN matches itself and its versions.
    return trusted.find((p) => p.startsWith('arn:')
        ? lower === p.toLowerCase() || lower.startsWith(`${p.toLowerCase()}/`)
        : lower.includes(`/signing-profiles/${p.toLowerCase()}/`));
}
/** Verifies one notation signature referrer of an image. */
async function verifyNotationReferrer(subject, referrer, trust, now = new Date()) {
    const check = (rest) => ({
        format: 'notation',
        location: `referrer ${referrer.digest}`,
        manifestDigest: referrer.digest,
        ...rest,
    });
    const read = await (0,referrers/* readImageManifest */.lb)(subject.client, subject.repository, referrer.digest);
    const layer = read?.manifest.layers.find((l) => l.mediaType === SIGNATURE_MEDIA_TYPES.jws);
    if (!read || !layer)
        return check({ reason: 'malformed', detail: 'the referrer holds no JWS envelope (COSE is not supported)' });
    const blob = await readBlob(subject.client, subject.repository, layer);
    if (!blob)
        return check({ reason: 'tampered-payload', detail: `the envelope does not match its digest ${layer.digest}` });
    let jws;
    let header;
    let signedDigest;
    try {
        jws = JSON.parse(blob.toString('utf8'));
        header = JSON.parse(Buffer.from(jws.protected, 'base64url').toString('utf8'));
        const payload = JSON.parse(Buffer.from(jws.payload, 'base64url').toString('utf8'));
        signedDigest = payload.targetArtifact?.digest;
    }
    catch (err) {
        return check({ reason: 'malformed', detail: `the JWS envelope cannot be read: ${(0,errors/* errorMessage */.gJ)(err)}` });
    }
    const alg = String(header.alg);
    const input = Buffer.from(`${jws.protected}.${jws.payload}`, 'ascii');
    const signature = Buffer.from(jws.signature, 'base64url');
    const chain = (jws.header?.x5c ?? []).map((der) => new external_node_crypto_.X509Certificate(Buffer.from(der, 'base64')));
    let signer;
    const byKey = trust.keys.find((k) => verifyJws(k.key, alg, input, signature));
    if (byKey) {
        signer = byKey.name;
    }
    else if (chain.length) {
        if (!verifyJws(chain[0].publicKey, alg, input, signature)) {
            return check({
                reason: 'tampered-payload',
                signedDigest,
                detail: 'the signature does not match the payload for the certificate it carries',
            });
        }
        const profileVersion = typeof header[SIGNER_PROFILE_VERSION] === 'string' ? header[SIGNER_PROFILE_VERSION] : undefined;
        const profile = profileMatches(profileVersion, trust.signerProfiles);
        if (!profile) {
            return check({
                reason: 'untrusted-identity',
                signer: profileVersion ?? chain[0].subject,
                signedDigest,
                detail: `signed by ${profileVersion ?? chain[0].subject.replace(/\n/g, ', ')}, which is no trusted signing profile`,
            });
        }
        if (!trust.rootCertificates.length) {
            return check({
                reason: 'untrusted-chain',
                signer: profileVersion,
                signedDigest,
                detail: 'no root certificate is configured for AWS Signer chains',
            });
        }
        const problem = chainProblem(chain, trust.rootCertificates);
        if (problem)
            return check({ reason: 'untrusted-chain', signer: profileVersion, signedDigest, detail: problem });
        const timeText = header['io.cncf.notary.authenticSigningTime'] ?? header['io.cncf.notary.signingTime'];
        const signingTime = typeof timeText === 'string' ? new Date(timeText) : undefined;
        if (!signingTime || Number.isNaN(signingTime.getTime())) {
            return check({
                reason: 'malformed',
                signer: profileVersion,
                signedDigest,
                detail: 'the envelope has no signing time',
            });
        }
        const outside = chain.find((c) => signingTime < new Date(c.validFrom) || signingTime > new Date(c.validTo));
        if (outside) {
            return check({
                reason: 'expired-certificate',
                signer: profileVersion,
                signedDigest,
                detail: `signed at ${signingTime.toISOString()}, outside the validity of '${outside.subject.replace(/\n/g, ', ')}' (${outside.validFrom} to ${outside.validTo})`,
            });
        }
        const expiry = header['io.cncf.notary.expiry'];
        if (typeof expiry === 'string' && new Date(expiry) < now) {
            return check({
                reason: 'expired-certificate',
                signer: profileVersion,
                signedDigest,
                detail: `the signature expired at ${expiry}`,
            });
        }
        signer = `${profileVersion} (profile ${profile})`;
    }
    else {
        return check({ reason: 'wrong-key', signedDigest, detail: 'the signature does not verify with any trusted key' });
    }
    if (signedDigest !== subject.digest) {
        return check({
            reason: 'digest-mismatch',
            signer,
            signedDigest,
            detail: `the payload names ${signedDigest}, not ${subject.digest}`,
        });
    }
    return check({ signer, signedDigest, detail: `signed by ${signer}` });
}

;// CONCATENATED MODULE: ./shared/src/signing/verify.ts















/** Builds the trust of the policy's `signing.trust` (keys are read now; KMS keys at verification time). */
function trustFromPolicy(signing, options = {}) {
    const trust = signing.trust;
    const publicKeys = trust.publicKeys.map((text, i) => {
        const ref = parseKeyReference(text);
        if (ref.kind === 'kms' || ref.kind === 'keyless') {
            throw new errors/* ConfigurationError */.j1(`signing.trust.publicKeys[${i}] is '${text}'; list KMS keys under signing.trust.kmsKeys and keyless identities under signing.trust.keyless.`);
        }
        const pem = ref.kind === 'pem' ? ref.pem : readKeyMaterial(ref, { env: options.env, cwd: options.cwd });
        return { name: ref.kind === 'pem' ? `publicKeys[${i}]` : ref.text, key: loadPublicKey(pem) };
    });
    for (const [i, k] of trust.kmsKeys.entries()) {
        if (parseKeyReference(k).kind !== 'kms') {
            throw new errors/* ConfigurationError */.j1(`signing.trust.kmsKeys[${i}] is '${k}'; write awskms:///alias/<name> or awskms:///arn:...`);
        }
    }
    const keyless = trust.keyless.map((k, i) => {
        try {
            return { issuer: k.issuer ?? GITHUB_OIDC_ISSUER, subject: new RegExp(k.subject) };
        }
        catch (err) {
            throw new errors/* ConfigurationError */.j1(`signing.trust.keyless[${i}].subject is not a regular expression: ${(0,errors/* errorMessage */.gJ)(err)}.`);
        }
    });
    const rootCertificates = trust.rootCertificates.map((text, i) => {
        const ref = text.trim().startsWith('-----BEGIN') ? undefined : parseKeyReference(text);
        const pem = ref && ref.kind !== 'pem' ? readKeyMaterial(ref, { env: options.env, cwd: options.cwd }) : text;
        try {
            new external_node_crypto_.X509Certificate(pem);
        }
        catch (err) {
            throw new errors/* ConfigurationError */.j1(`signing.trust.rootCertificates[${i}] is not a PEM certificate: ${(0,errors/* errorMessage */.gJ)(err)}.`);
        }
        return pem;
    });
    let trustedRoot = options.trustedRoot;
    if (trustedRoot === undefined && trust.trustedRoot) {
        const file = trust.trustedRoot.replace(/^file:\/\//, '');
        const path = (0,external_node_path_.isAbsolute)(file) ? file : (0,external_node_path_.resolve)(options.cwd ?? process.cwd(), file);
        let text;
        try {
            text = (0,external_node_fs_.readFileSync)(path, 'utf8');
        }
        catch (err) {
            throw new errors/* ConfigurationError */.j1(`signing.trust.trustedRoot: cannot read ${path} (${(0,errors/* errorMessage */.gJ)(err)}).`);
        }
        try {
            trustedRoot = JSON.parse(text);
        }
        catch (err) {
            throw new errors/* ConfigurationError */.j1(`signing.trust.trustedRoot (${trust.trustedRoot}) is not JSON: ${(0,errors/* errorMessage */.gJ)(err)}.`);
        }
    }
    return {
        publicKeys,
        kmsKeys: trust.kmsKeys,
        keyless,
        signerProfiles: trust.signerProfiles,
        rootCertificates,
        ...(trustedRoot !== undefined ? { trustedRoot } : {}),
    };
}
async function kmsTrustedKeys(trust, kms) {
    if (!trust.kmsKeys.length)
        return [];
    if (!kms)
        throw new Error('verifyImageSignatures: KMS keys are trusted but no KMS client was given.');
    const client = kms();
    const keys = [];
    for (const text of trust.kmsKeys) {
        const ref = parseKeyReference(text);
        if (ref.kind !== 'kms')
            continue;
        const out = await client.send(new dist_cjs.GetPublicKeyCommand({ KeyId: ref.keyId }));
        if (!out.PublicKey)
            throw new Error(`KMS returned no public key for ${text}.`);
        keys.push({ name: text, key: (0,external_node_crypto_.createPublicKey)({ key: Buffer.from(out.PublicKey), format: 'der', type: 'spki' }) });
    }
    return keys;
}
/**
 * Finds an image's signatures (referrers API, referrers tag schema, cosign `.sig` tag) and verifies each against
 * the trust. A signature counts only when it is valid, by a trusted key or identity, over this very digest.
 */
async function verifyImageSignatures(options) {
    const { client, repository, digest, trust } = options;
    const formats = new Set(options.formats ?? ['sigstore-bundle', 'cosign-legacy', 'notation', 'ecr-managed']);
    const keys = [...trust.publicKeys, ...(await kmsTrustedKeys(trust, options.kms))];
    let keylessMaterial;
    const bundleTrust = {
        keys,
        keyless: trust.keyless,
        keylessMaterial: () => (keylessMaterial ??= keylessTrustMaterial(trust.trustedRoot)),
    };
    const notationTrust = {
        keys,
        signerProfiles: trust.signerProfiles,
        rootCertificates: trust.rootCertificates.map((pem) => new external_node_crypto_.X509Certificate(pem)),
    };
    const now = options.now?.() ?? new Date();
    const image = { client, repository, digest };
    const listed = await (0,referrers/* listReferrers */.xt)(client, repository, digest);
    const checks = [];
    for (const referrer of listed.referrers) {
        if (referrer.artifactType === SIGNATURE_MEDIA_TYPES.sigstoreBundle && formats.has('sigstore-bundle')) {
            checks.push(await verifyBundleReferrer(image, referrer, bundleTrust));
        }
        else if (referrer.artifactType === SIGNATURE_MEDIA_TYPES.notarySignature &&
            (formats.has('notation') || formats.has('ecr-managed'))) {
            checks.push(await verifyNotationReferrer(image, referrer, notationTrust, now));
        }
    }
    if (listed.cosignSignatureTag && formats.has('cosign-legacy')) {
        checks.push(...(await verifyLegacySignatures(image, bundleTrust)));
    }
    for (const c of checks) {
        options.logger?.debug(`${c.format} ${c.location}: ${c.reason ? `rejected (${c.reason})` : 'verified'}: ${c.detail}`);
    }
    return { verified: checks.filter((c) => !c.reason), rejected: checks.filter((c) => c.reason) };
}

;// CONCATENATED MODULE: ./shared/src/signing/sign-image.ts










const EMPTY_TRUST = {
    publicKeys: [],
    kmsKeys: [],
    keyless: [],
    signerProfiles: [],
    rootCertificates: [],
};
function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
/** The trust that accepts exactly this signer, to find a signature it already made. */
async function selfTrust(options) {
    const base = {
        ...EMPTY_TRUST,
        ...(options.trust?.trustedRoot !== undefined ? { trustedRoot: options.trust.trustedRoot } : {}),
    };
    if (options.format === 'notation' && options.signingProfile) {
        const roots = options.trust?.rootCertificates ?? [];
        return roots.length ? { ...base, signerProfiles: [options.signingProfile], rootCertificates: roots } : undefined;
    }
    const signer = options.signer;
    if (!signer)
        return undefined;
    if (signer instanceof KeylessSigner) {
        const id = await signer.expectedIdentity();
        return { ...base, keyless: [{ issuer: id.issuer, subject: new RegExp(escapeRegExp(id.subject)) }] };
    }
    const key = await signer.publicKey();
    return key ? { ...base, publicKeys: [{ name: await signer.identity(), key }] } : undefined;
}
async function existingSignature(options) {
    const trust = await selfTrust(options);
    if (!trust)
        return undefined;
    try {
        const result = await verifyImageSignatures({
            client: options.subject.client,
            repository: options.subject.repository,
            digest: options.subject.descriptor.digest,
            trust,
            formats: [options.format],
            now: options.now,
        });
        return result.verified[0];
    }
    catch (err) {
        // Not being able to check only costs a second signature; signing still goes ahead.
        options.logger?.debug(`Could not look for an existing signature: ${(0,errors/* errorMessage */.gJ)(err)}`);
        return undefined;
    }
}
/** Signs an image by digest in the given format, unless the same key or identity already signed it. */
async function signImage(options) {
    const { subject, format, logger } = options;
    const digest = subject.descriptor.digest;
    const ref = `${subject.dockerReference}@${digest}`;
    if (format === 'ecr-managed') {
        if (!options.ecr)
            throw new Error('signImage: ecr-managed needs an ECR client.');
        const done = await waitForEcrManagedSignature({
            ecr: options.ecr(),
            repository: subject.repository,
            digest,
            timeoutMs: options.ecrTimeoutMs,
            sleep: options.sleep,
            logger,
        });
        const identity = done.signingProfileArn ?? 'ECR managed signing';
        // ECR stores its signature as a notation referrer of the image.
        const listed = await (0,referrers/* listReferrers */.xt)(subject.client, subject.repository, digest, SIGNATURE_MEDIA_TYPES.notarySignature);
        const signatureDigest = listed.referrers.at(-1)?.digest;
        return { format, signatureDigest, skipped: false, identity, message: `ECR signed ${ref} with ${identity}.` };
    }
    const identity = options.signingProfile && format === 'notation'
        ? `AWS Signer profile ${options.signingProfile}`
        : options.signer
            ? await options.signer.identity()
            : '';
    if (!identity) {
        throw new errors/* ConfigurationError */.j1(format === 'notation'
            ? 'Notation signatures need an AWS Signer profile (signing-profile or signing.profile) or a signing key.'
            : `Format ${format} needs a signing key: set signing-key (or signing.key in the policy), or keyless.`);
    }
    const existing = await existingSignature(options);
    if (existing) {
        const message = `${ref} already carries a valid ${format} signature by ${existing.signer ?? identity}; nothing added.`;
        logger?.info(message);
        return { format, signatureDigest: existing.manifestDigest, skipped: true, identity, message };
    }
    let signatureDigest;
    if (format === 'sigstore-bundle') {
        if (!options.signer)
            throw new Error('unreachable: no signer');
        signatureDigest = (await signWithBundle(subject, options.signer, { rekorUrl: options.rekorUrl, logger, now: options.now })).descriptor.digest;
    }
    else if (format === 'cosign-legacy') {
        if (!options.signer)
            throw new Error('unreachable: no signer');
        signatureDigest = (await signWithLegacy(subject, options.signer, { rekorUrl: options.rekorUrl })).descriptor.digest;
    }
    else {
        let envelope;
        if (options.signingProfile) {
            if (!options.signerClient)
                throw new Error('signImage: notation with a profile needs an AWS Signer client.');
            envelope = await notationEnvelopeWithSigner(options.signerClient(), options.signingProfile, subject.descriptor);
        }
        else {
            if (!options.signer)
                throw new Error('unreachable: no signer');
            if (options.signer.kind === 'keyless') {
                throw new errors/* ConfigurationError */.j1('Keyless signatures are sigstore bundles; set signature-format to sigstore-bundle.');
            }
            envelope = await notationEnvelopeWithKey(options.signer, subject.descriptor, {
                certificateChain: options.certificateChain,
                now: options.now,
            });
        }
        signatureDigest = (await attachNotationSignature(subject, envelope, logger)).descriptor.digest;
    }
    const message = `Signed ${ref} (${format}) with ${identity}: signature ${signatureDigest}.`;
    logger?.info(message);
    return { format, signatureDigest, skipped: false, identity, message };
}
/** The certificates (PEM blocks) in a key file that also holds a private key: the chain notation embeds. */
function certificatesInPem(text) {
    const blocks = text.match(/-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/g) ?? [];
    return blocks.filter((pem) => {
        try {
            new external_node_crypto_.X509Certificate(pem);
            return true;
        }
        catch {
            return false;
        }
    });
}

;// CONCATENATED MODULE: ./shared/src/signing/types.ts
const SIGNATURE_FORMATS = ['sigstore-bundle', 'cosign-legacy', 'notation', 'ecr-managed'];

// EXTERNAL MODULE: ./shared/src/signing/request.ts
var request = __webpack_require__(90554);
;// CONCATENATED MODULE: ./shared/src/signing/sign-step.ts










/** The format by the input, the policy, or the signing method. */
function resolveSignatureFormat(input, signing) {
    const chosen = input ?? signing.format;
    if (chosen) {
        if (!SIGNATURE_FORMATS.includes(chosen)) {
            throw new errors/* ConfigurationError */.j1(`signature-format '${chosen}' is not one of ${SIGNATURE_FORMATS.join(', ')}.`);
        }
        return chosen;
    }
    if (signing.method === 'signer')
        return 'notation';
    if (signing.method === 'ecr-managed')
        return 'ecr-managed';
    return 'sigstore-bundle';
}
function shellQuote(text) {
    return /^[A-Za-z0-9_./:@=-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`;
}
/** The command a person runs to check the signature independently. */
function verificationCommand(format, imageRef, signer, keyless) {
    if (format === 'notation' || format === 'ecr-managed') {
        return `notation verify ${imageRef}   # with a trust policy whose trustedIdentities name the signing profile`;
    }
    const legacy = format === 'cosign-legacy' ? ' --new-bundle-format=false' : '';
    if (signer?.kind === 'keyless' && keyless) {
        return `cosign verify --certificate-identity ${shellQuote(keyless.subject)} --certificate-oidc-issuer ${shellQuote(keyless.issuer)}${legacy} ${imageRef}`;
    }
    const key = signer?.kind === 'kms' ? signer.reference : 'cosign.pub';
    return `cosign verify --key ${key} --insecure-ignore-tlog=true${legacy} ${imageRef}`;
}
/**
 * Resolves and checks the signing set-up (format, key reference, key material, password) so a mistake stops the
 * run before the push rather than leaving an unsigned image behind. Contacts no service.
 */
function prepareSigning(args) {
    const { policy, inputs, logger } = args;
    const signing = policy.signing;
    if (inputs.signingKeyPassword)
        logger.setSecret(inputs.signingKeyPassword);
    const enabled = (0,request.signingEnabled)(policy, inputs);
    if (!enabled)
        return { enabled };
    const format = resolveSignatureFormat(inputs.signatureFormat, signing);
    if (format === 'ecr-managed')
        return { enabled, format };
    const profile = inputs.signingProfile ?? signing.profile;
    const keyText = inputs.signingKey ?? signing.key ?? (signing.method === 'keyless' ? 'keyless' : undefined);
    if (format === 'notation' && profile !== undefined && inputs.signingKey === undefined) {
        return { enabled, format, profile };
    }
    if (!keyText) {
        throw new errors/* ConfigurationError */.j1(format === 'notation'
            ? 'Notation signing needs an AWS Signer profile: set signing-profile (or signing.profile in the policy).'
            : `Signing (${format}) needs a key: set the signing-key input or signing.key in the policy (awskms:///alias/<name>, env://VAR, file://path or keyless).`);
    }
    const ref = parseKeyReference(keyText);
    const getIdToken = args.getIdToken;
    const signer = openSigner(ref, {
        kms: () => args.aws.kms(),
        password: inputs.signingKeyPassword,
        env: args.env,
        cwd: args.cwd,
        logger,
        ...(getIdToken
            ? {
                keyless: {
                    getToken: () => getIdToken('sigstore'),
                    fulcioUrl: args.fulcioUrl ?? signing.fulcioUrl,
                    rekorUrl: args.rekorUrl ?? signing.rekorUrl,
                },
            }
            : {}),
    });
    if (signer.kind === 'keyless' && format === 'notation') {
        throw new errors/* ConfigurationError */.j1('Keyless signatures are sigstore signatures; set signature-format to sigstore-bundle or cosign-legacy, or sign notation with an AWS Signer profile.');
    }
    const certificateChain = format === 'notation' && (ref.kind === 'env' || ref.kind === 'file' || ref.kind === 'pem')
        ? certificatesInPem(readKeyMaterial(ref, { env: args.env, cwd: args.cwd, logger }))
        : undefined;
    if (format === 'notation' && !certificateChain?.length) {
        logger.warning('The notation signature will carry no certificate, so only a trusted public key verifies it (notation verify needs a certificate chain): put the certificate chain after the private key in the key file, or sign with an AWS Signer profile.');
    }
    return { enabled, format, signer, certificateChain };
}
/** Signs a pushed image by digest as the inputs and the policy's `signing` section say. */
async function signAfterPush(args) {
    const { policy, logger } = args;
    const signing = policy.signing;
    const prepared = args.prepared ?? prepareSigning(args);
    const { format, signer, certificateChain } = prepared;
    if (!prepared.enabled || !format) {
        return { skipped: true, howToVerify: '', message: 'Signing is off (sign input or signing.method none).' };
    }
    const imageRef = `${args.reference}@${args.digest}`;
    const stored = await args.client.getManifest(args.repository, args.digest, types/* MANIFEST_ACCEPT */.dY);
    if (!stored)
        throw new Error(`The image ${imageRef} was not found right after its push.`);
    const subject = {
        client: args.client,
        repository: args.repository,
        descriptor: { mediaType: stored.mediaType, digest: args.digest, size: stored.bytes.length },
        dockerReference: args.reference,
    };
    let trust;
    try {
        trust = trustFromPolicy(signing, { env: args.env, cwd: args.cwd, trustedRoot: args.trustedRoot });
    }
    catch {
        // The policy's trust only helps the idempotency check; signing does not depend on it.
        trust = undefined;
    }
    const result = await signImage({
        subject,
        format,
        signer,
        signingProfile: prepared.profile,
        signerClient: () => args.aws.signer(),
        ecr: () => args.aws.ecr(),
        certificateChain,
        rekorUrl: args.rekorUrl ?? signing.rekorUrl,
        trust: {
            rootCertificates: trust?.rootCertificates ?? [],
            ...(trust?.trustedRoot !== undefined ? { trustedRoot: trust.trustedRoot } : {}),
        },
        ecrTimeoutMs: args.ecrTimeoutMs,
        sleep: args.sleep,
        now: args.now,
        logger,
    });
    const key = await signer?.publicKey();
    let keyless;
    if (signer instanceof KeylessSigner)
        keyless = await signer.expectedIdentity();
    return {
        signatureDigest: result.signatureDigest,
        format,
        skipped: result.skipped,
        identity: result.identity,
        ...(key ? { publicKey: publicKeyPem(key) } : {}),
        howToVerify: verificationCommand(format, imageRef, signer, keyless),
        message: result.message,
    };
}
/** The job summary section of the signing step: what signed, and how anyone can check it. */
function renderSigningSummary(result) {
    if (!result.format)
        return `\n### Signature\n\n${result.message}\n`;
    const lines = [
        '',
        '### Signature',
        '',
        `| | |`,
        `|---|---|`,
        `| format | \`${result.format}\` |`,
        `| signed by | ${result.identity ?? ''} |`,
        `| signature | ${result.signatureDigest ? `\`${result.signatureDigest}\`` : '(stored by ECR)'} |`,
        `| status | ${result.skipped ? 'already signed by this key or identity; nothing added' : 'signed'} |`,
        '',
        'Verify it with:',
        '',
        '```sh',
        result.howToVerify,
        '```',
    ];
    if (result.publicKey && !result.howToVerify.includes('awskms://')) {
        lines.push('', 'where `cosign.pub` is:', '', '```', result.publicKey.trim(), '```');
    }
    return `${lines.join('\n')}\n`;
}


/***/ })

};
;