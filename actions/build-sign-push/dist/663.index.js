"use strict";
exports.id = 663;
exports.ids = [663];
exports.modules = {

/***/ 61663:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   attachToImage: () => (/* binding */ attachToImage),
/* harmony export */   parseAttachSpecs: () => (/* binding */ parseAttachSpecs),
/* harmony export */   prepareAttachments: () => (/* binding */ prepareAttachments),
/* harmony export */   renderAttachmentSummary: () => (/* binding */ renderAttachmentSummary)
/* harmony export */ });
/* unused harmony exports TITLE_ANNOTATION, ATTACHMENT_TYPES, detectAttachmentType, attachFiles, listAttachments, fetchAttachment, isSafeAttachmentTitle, downloadAttachments */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(38815);
/* harmony import */ var _runtime_errors__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(93353);
/* harmony import */ var _runtime_summary__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(30868);
/* harmony import */ var _digest__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(88301);
/* harmony import */ var _referrers__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(36509);
/* harmony import */ var _types__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(49140);








/**
 * Files that travel with an image (Kubernetes manifests, a compose file, an SBOM, release notes), stored as OCI 1.1
 * artifacts whose `subject` is the image: one layer holding the file, the empty config, an `artifactType` and the
 * file's name as `org.opencontainers.image.title`. A deploy job lists them by type and fetches exactly the files
 * that belong to the digest it deploys.
 */
const TITLE_ANNOTATION = 'org.opencontainers.image.title';
/** The artifact types detected from a file, and the media type of the file's layer. */
const ATTACHMENT_TYPES = {
    kubernetes: { artifactType: 'application/vnd.k8s.manifests+yaml', layerMediaType: 'application/yaml' },
    compose: {
        artifactType: 'application/vnd.docker.compose.project',
        layerMediaType: 'application/vnd.docker.compose.file+yaml',
    },
    spdxJson: { artifactType: 'application/spdx+json', layerMediaType: 'application/spdx+json' },
    spdxTagValue: { artifactType: 'text/spdx', layerMediaType: 'text/spdx' },
    cyclonedxJson: { artifactType: 'application/vnd.cyclonedx+json', layerMediaType: 'application/vnd.cyclonedx+json' },
    cyclonedxXml: { artifactType: 'application/vnd.cyclonedx+xml', layerMediaType: 'application/vnd.cyclonedx+xml' },
    markdown: { artifactType: 'text/markdown', layerMediaType: 'text/markdown' },
    text: { artifactType: 'text/plain', layerMediaType: 'text/plain' },
    yaml: { artifactType: 'application/yaml', layerMediaType: 'application/yaml' },
    json: { artifactType: 'application/json', layerMediaType: 'application/json' },
    binary: { artifactType: 'application/octet-stream', layerMediaType: 'application/octet-stream' },
};
/** A media type of a registered top-level type (RFC 6838), so that `dir/a=b/c` stays a path. */
const MEDIA_TYPE = /^(application|text|image|audio|video|font|model|message|multipart)\/[a-zA-Z0-9][a-zA-Z0-9!#$&^_.+-]{0,126}$/;
/** Parses `<path>[=<artifactType>]` lines; the type is what follows the last `=` when it is a media type. */
function parseAttachSpecs(lines) {
    const specs = [];
    for (const line of lines.map((l) => l.trim()).filter((l) => l && !l.startsWith('#'))) {
        const eq = line.lastIndexOf('=');
        const candidate = eq > 0 ? line.slice(eq + 1).trim() : '';
        if (eq > 0 && MEDIA_TYPE.test(candidate)) {
            specs.push({ path: line.slice(0, eq).trim(), artifactType: candidate });
        }
        else if (eq > 0 && candidate !== '' && !candidate.includes('/')) {
            throw new _runtime_errors__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`attach: "${line}": "${candidate}" is not a media type; write <path>=<type>/<subtype>, such as sbom.json=application/spdx+json.`);
        }
        else {
            specs.push({ path: line });
        }
    }
    const seen = new Set();
    for (const s of specs) {
        if (seen.has(s.path))
            throw new _runtime_errors__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`attach: '${s.path}' is listed twice; list each file once.`);
        seen.add(s.path);
    }
    return specs;
}
function looksLikeKubernetes(docs) {
    const objects = docs.filter((d) => d !== null && d !== undefined);
    return (objects.length > 0 &&
        objects.every((d) => typeof d === 'object' &&
            typeof d.apiVersion === 'string' &&
            typeof d.kind === 'string'));
}
function looksLikeCompose(doc, name) {
    if (/^(docker-)?compose(\.[\w-]+)?\.ya?ml$/i.test(name))
        return true;
    return typeof doc === 'object' && doc !== null && typeof doc.services === 'object';
}
/**
 * The type of a file, from its content first and its name second: Kubernetes manifests (every YAML document has
 * apiVersion and kind), a compose file, SPDX and CycloneDX SBOMs (JSON, XML or tag-value), Markdown, plain text,
 * other YAML or JSON, else bytes.
 */
function detectAttachmentType(name, bytes) {
    const ext = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.extname)(name).toLowerCase();
    const text = bytes.toString('utf8');
    if (ext === '.json') {
        try {
            const doc = JSON.parse(text);
            if (typeof doc.spdxVersion === 'string')
                return ATTACHMENT_TYPES.spdxJson;
            if (doc.bomFormat === 'CycloneDX')
                return ATTACHMENT_TYPES.cyclonedxJson;
            if (typeof doc.apiVersion === 'string' && typeof doc.kind === 'string')
                return ATTACHMENT_TYPES.kubernetes;
        }
        catch {
            return ATTACHMENT_TYPES.binary;
        }
        return ATTACHMENT_TYPES.json;
    }
    if (ext === '.yaml' || ext === '.yml') {
        try {
            const docs = (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .parseAllDocuments */ .hR)(text).map((d) => {
                if (d.errors.length)
                    throw d.errors[0];
                return d.toJS();
            });
            if (looksLikeKubernetes(docs))
                return ATTACHMENT_TYPES.kubernetes;
            if (docs.length === 1 && looksLikeCompose(docs[0], (0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(name)))
                return ATTACHMENT_TYPES.compose;
        }
        catch {
            // Not parseable YAML: still YAML by name, stored as such.
        }
        return ATTACHMENT_TYPES.yaml;
    }
    if (ext === '.xml' && /<bom[\s>][^]*cyclonedx/i.test(text.slice(0, 4096)))
        return ATTACHMENT_TYPES.cyclonedxXml;
    if (ext === '.spdx' || /^SPDXVersion:\s*SPDX-/m.test(text.slice(0, 4096)))
        return ATTACHMENT_TYPES.spdxTagValue;
    if (ext === '.md' || ext === '.markdown')
        return ATTACHMENT_TYPES.markdown;
    if (ext === '.txt' || ext === '') {
        return bytes.includes(0) ? ATTACHMENT_TYPES.binary : ATTACHMENT_TYPES.text;
    }
    return ATTACHMENT_TYPES.binary;
}
/** The layer media type that goes with an artifact type given by the user. */
function layerMediaTypeFor(artifactType, detected) {
    const known = Object.values(ATTACHMENT_TYPES).find((t) => t.artifactType === artifactType);
    return known ? known.layerMediaType : detected.layerMediaType;
}
/**
 * Reads the files of the `attach` specs and decides their types. Throws a ConfigurationError for a file that
 * cannot be read or two files of one name (the title a deploy job finds them by), before any write.
 */
async function prepareAttachments(specs, resolvePath = (p) => p) {
    const titles = new Map();
    for (const spec of specs) {
        const title = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(spec.path);
        const other = titles.get(title);
        if (other !== undefined) {
            throw new _runtime_errors__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`attach: '${other}' and '${spec.path}' have the same file name '${title}', which is how a deploy job finds them; rename one.`);
        }
        titles.set(title, spec.path);
    }
    return Promise.all(specs.map(async (spec) => {
        let bytes;
        try {
            bytes = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(resolvePath(spec.path));
        }
        catch (err) {
            throw new _runtime_errors__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`attach: cannot read '${spec.path}': ${(0,_runtime_errors__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(err)}`);
        }
        const title = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(spec.path);
        const detected = detectAttachmentType(title, bytes);
        const artifactType = spec.artifactType ?? detected.artifactType;
        return {
            path: spec.path,
            title,
            artifactType,
            layerMediaType: layerMediaTypeFor(artifactType, detected),
            bytes,
            fileDigest: (0,_digest__WEBPACK_IMPORTED_MODULE_4__/* .digestOf */ .ol)(bytes),
        };
    }));
}
/**
 * Attaches prepared files to an image. The manifest of an attachment holds no time, so the same file on the same
 * image is the same manifest: a re-run finds it among the image's referrers and writes nothing.
 */
async function attachFiles(client, repository, subject, files, options = {}) {
    const existing = await (0,_referrers__WEBPACK_IMPORTED_MODULE_5__/* .listReferrers */ .xt)(client, repository, subject.digest);
    const results = [];
    for (const file of files) {
        const { title, artifactType } = file;
        const artifact = {
            artifactType,
            layers: [{ mediaType: file.layerMediaType, bytes: file.bytes, annotations: { [TITLE_ANNOTATION]: title } }],
            annotations: { [TITLE_ANNOTATION]: title },
        };
        const base = { path: file.path, title, artifactType, fileDigest: file.fileDigest, size: file.bytes.length };
        const planned = plannedDigest(subject, artifact);
        if (existing.referrers.some((d) => d.digest === planned)) {
            options.logger?.info(`${title} (${artifactType}) is already attached to ${subject.digest} as ${planned}.`);
            results.push({ ...base, digest: planned, status: 'unchanged' });
            continue;
        }
        const sameTitle = existing.referrers.filter((d) => d.artifactType === artifactType && d.annotations?.[TITLE_ANNOTATION] === title);
        if (sameTitle.length) {
            options.logger?.warning(`${subject.digest} already has an attachment '${title}' (${artifactType}) with other content (${sameTitle
                .map((d) => d.digest)
                .join(', ')}); both stay attached and a deploy job will see both.`);
        }
        if (options.dryRun) {
            results.push({ ...base, digest: planned, status: 'planned' });
            continue;
        }
        const attached = await (0,_referrers__WEBPACK_IMPORTED_MODULE_5__/* .attachReferrer */ .vO)(client, repository, subject, artifact, options.logger);
        options.logger?.info(`Attached ${title} (${artifactType}) to ${subject.digest} as ${attached.descriptor.digest}.`);
        results.push({ ...base, digest: attached.descriptor.digest, status: 'attached', via: attached.via });
    }
    return results;
}
/**
 * Attaches prepared files to the image with this digest in the repository (its descriptor read from the
 * registry). In a dry run of an image not pushed yet, the attachment digests cannot be known: they are left out.
 */
async function attachToImage(client, repository, digest, files, options = {}) {
    if (files.length === 0)
        return [];
    const stored = await client.getManifest(repository, digest, _types__WEBPACK_IMPORTED_MODULE_6__/* .MANIFEST_ACCEPT */ .dY);
    if (!stored) {
        if (options.dryRun) {
            return files.map((f) => ({
                path: f.path,
                title: f.title,
                artifactType: f.artifactType,
                fileDigest: f.fileDigest,
                size: f.bytes.length,
                status: 'planned',
            }));
        }
        throw new Error(`The image ${repository}@${digest} to attach files to is not in the registry.`);
    }
    const subject = { mediaType: stored.mediaType, digest, size: stored.bytes.length };
    return attachFiles(client, repository, subject, files, options);
}
/** The job summary's part for attachments: each file, its type, digest and what happened. */
function renderAttachmentSummary(results, imageRef) {
    if (results.length === 0)
        return '';
    const state = { attached: 'attached', unchanged: 'already attached', planned: 'would be attached' };
    const summary = new _runtime_summary__WEBPACK_IMPORTED_MODULE_7__/* .SummaryBuilder */ .CF()
        .heading('Attachments', 3)
        .table(['File', 'Artifact type', 'Attachment digest', 'State'], results.map((r) => [
        r.title,
        `\`${r.artifactType}\``,
        r.digest ? `\`${r.digest}\`` : 'known after the push',
        state[r.status],
    ]))
        .paragraph('List and fetch them by type:')
        .code([
        `oras discover --format tree ${imageRef}`,
        `oras pull --output attachments/ ${imageRef.replace(/@.*$/, '')}@<attachment digest>`,
    ].join('\n'), 'sh');
    return `\n${summary.toString()}`;
}
function plannedDigest(subject, artifact) {
    // The same serialisation attachReferrer uses, so that "already attached" is an exact digest match.
    return (0,_digest__WEBPACK_IMPORTED_MODULE_4__/* .digestOf */ .ol)(Buffer.from(JSON.stringify((0,_referrers__WEBPACK_IMPORTED_MODULE_5__/* .referrerManifest */ .Dq)(subject, artifact))));
}
/** An image's attachments: its referrers that carry a title, of one artifact type when given. */
async function listAttachments(client, repository, digest, artifactType) {
    const { referrers } = await listReferrers(client, repository, digest, artifactType);
    return referrers.filter((d) => d.annotations?.[TITLE_ANNOTATION] !== undefined);
}
/**
 * The file of an attachment, given its descriptor from listAttachments: reads the manifest by digest (checked),
 * then its single layer (checked against the layer's digest, and its size against the descriptor's).
 */
async function fetchAttachment(client, repository, descriptor) {
    const read = await readImageManifest(client, repository, descriptor.digest);
    if (!read)
        throw new Error(`Attachment ${descriptor.digest} is not in ${repository}.`);
    const { manifest } = read;
    if (manifest.layers.length !== 1) {
        throw new Error(`Attachment ${descriptor.digest} has ${manifest.layers.length} layers; an attachment holds one file.`);
    }
    const layer = manifest.layers[0];
    const bytes = await client.getBlob(repository, layer.digest);
    if (digestOf(bytes) !== layer.digest || bytes.length !== layer.size) {
        throw new Error(`The file of attachment ${descriptor.digest} does not match its digest ${layer.digest}.`);
    }
    return {
        title: layer.annotations?.[TITLE_ANNOTATION] ?? manifest.annotations?.[TITLE_ANNOTATION] ?? layer.digest,
        artifactType: manifest.artifactType,
        mediaType: layer.mediaType,
        bytes,
        digest: layer.digest,
    };
}
/** A title that is safe as a file name in a directory: one path segment, no traversal, no control characters. */
function isSafeAttachmentTitle(title) {
    return (title.length > 0 &&
        title.length <= 255 &&
        title !== '.' &&
        title !== '..' &&
        !/[/\\]/.test(title) &&
        !/\p{Cc}/u.test(title));
}
/**
 * What a deploy job calls: writes every attachment of the image (of one artifact type when given) into a
 * directory, each under its title, each checked against its digest. A title that is not a plain file name
 * (`../x`, `a/b`) is refused rather than written, since the registry's content is not trusted to name paths.
 */
async function downloadAttachments(client, repository, digest, directory, artifactType) {
    const descriptors = await listAttachments(client, repository, digest, artifactType);
    const fetched = [];
    for (const descriptor of descriptors) {
        const file = await fetchAttachment(client, repository, descriptor);
        if (!isSafeAttachmentTitle(file.title)) {
            throw new Error(`Attachment ${descriptor.digest} of ${repository}@${digest} is titled '${file.title}', which is not a plain file name; nothing was written.`);
        }
        fetched.push(file);
    }
    const titles = new Set();
    for (const f of fetched) {
        if (titles.has(f.title)) {
            throw new Error(`${repository}@${digest} has more than one attachment titled '${f.title}'${artifactType ? ` of type ${artifactType}` : ''}; list them with listAttachments and choose by digest.`);
        }
        titles.add(f.title);
    }
    await mkdir(directory, { recursive: true });
    const written = [];
    for (const f of fetched) {
        const path = join(directory, f.title);
        await writeFile(path, f.bytes);
        written.push({ title: f.title, path, digest: f.digest, artifactType: f.artifactType });
    }
    return written;
}


/***/ }),

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

/***/ 30868:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CF: () => (/* binding */ SummaryBuilder),
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   z3: () => (/* binding */ formatBytes)
/* harmony export */ });
/* unused harmony exports escapeCell, escapeMarkdown, escapeHtml */
/** Builds the markdown of a job summary; pure, so the summary of every action can be asserted in tests. */
class SummaryBuilder {
    parts = [];
    heading(text, level = 2) {
        this.parts.push(`${'#'.repeat(level)} ${escapeMarkdown(text)}\n`);
        return this;
    }
    paragraph(text) {
        this.parts.push(`${text}\n`);
        return this;
    }
    /** A table; cells are escaped so that a `|` in a value cannot break it. */
    table(header, rows) {
        if (rows.length === 0)
            return this;
        const line = (cells) => `| ${cells.map((c) => escapeCell(c === undefined ? '' : String(c))).join(' | ')} |`;
        this.parts.push([line(header), `| ${header.map(() => '---').join(' | ')} |`, ...rows.map(line)].join('\n') + '\n');
        return this;
    }
    list(items) {
        if (items.length)
            this.parts.push(items.map((i) => `- ${i}`).join('\n') + '\n');
        return this;
    }
    code(text, lang = '') {
        this.parts.push('```' + lang + '\n' + text.replace(/```/g, '`\u200b``') + '\n```\n');
        return this;
    }
    details(summary, body) {
        this.parts.push(`<details><summary>${escapeHtml(summary)}</summary>\n\n${body}\n</details>\n`);
        return this;
    }
    raw(markdown) {
        this.parts.push(markdown);
        return this;
    }
    toString() {
        return this.parts.join('\n');
    }
}
function escapeCell(text) {
    return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}
function escapeMarkdown(text) {
    return text.replace(/([\\`*_[\]<>])/g, '\\$1');
}
function escapeHtml(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
/** 1536 -> "1.5 KiB" */
function formatBytes(bytes) {
    const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
    let v = bytes;
    let i = 0;
    while (v >= 1024 && i < units.length - 1) {
        v /= 1024;
        i++;
    }
    return i === 0 ? `${v} B` : `${v.toFixed(1)} ${units[i]}`;
}
/** 1234 -> "1.2 s" */
function formatDuration(ms) {
    return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
}


/***/ })

};
;