"use strict";
exports.id = 829;
exports.ids = [829];
exports.modules = {

/***/ 93829:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  publishImage: () => (/* binding */ publishImage),
  resolveDestination: () => (/* binding */ resolveDestination)
});

// EXTERNAL MODULE: ./shared/src/oci/build.ts
var build = __webpack_require__(9045);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: external "node:stream/promises"
var promises_ = __webpack_require__(46466);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
// EXTERNAL MODULE: ./node_modules/p-limit/index.js
var p_limit = __webpack_require__(58890);
var p_limit_default = /*#__PURE__*/__webpack_require__.n(p_limit);
// EXTERNAL MODULE: ./node_modules/tar-stream/index.js
var tar_stream = __webpack_require__(56118);
// EXTERNAL MODULE: ./shared/src/runtime/errors.ts
var errors = __webpack_require__(93353);
// EXTERNAL MODULE: ./shared/src/oci/digest.ts
var digest = __webpack_require__(88301);
// EXTERNAL MODULE: ./shared/src/oci/types.ts
var types = __webpack_require__(49140);
;// CONCATENATED MODULE: ./shared/src/oci/image.ts

function parseManifest(stored, where) {
    try {
        return JSON.parse(stored.bytes.toString('utf8'));
    }
    catch {
        throw new Error(`The manifest ${stored.digest} of ${where} is not JSON.`);
    }
}
function formatPlatform(platform) {
    if (!platform?.os || !platform.architecture || platform.os === 'unknown')
        return undefined;
    return [platform.os, platform.architecture, platform.variant].filter(Boolean).join('/');
}
/** Layers that must not be copied (Windows base layers served from their vendor's URLs). */
function isForeignLayer(descriptor) {
    return /nondistributable|foreign/.test(descriptor.mediaType) || (descriptor.urls?.length ?? 0) > 0;
}
/**
 * Walks a manifest tree from the top: `load` reads a manifest by descriptor, `bodyOf` says where a blob's
 * bytes come from, `platformOf` names the platform of a lone image (from its config).
 */
async function collectImageGraph(options) {
    const children = [];
    const blobs = new Map();
    const platforms = [];
    const visit = async (stored, platform, isTop) => {
        const manifest = parseManifest(stored, options.source);
        if ((0,types/* isIndex */.nw)(manifest)) {
            for (const child of manifest.manifests) {
                const loaded = await options.load(child);
                await visit(loaded, child.platform, false);
                if (!children.some((c) => c.digest === loaded.digest))
                    children.push(loaded);
            }
        }
        else {
            for (const d of [manifest.config, ...manifest.layers]) {
                if (!isForeignLayer(d) && !blobs.has(d.digest))
                    blobs.set(d.digest, { descriptor: d, body: options.bodyOf(d) });
            }
            const name = formatPlatform(platform ?? (isTop ? await options.platformOf(manifest.config) : undefined));
            if (name && !platforms.includes(name))
                platforms.push(name);
        }
    };
    await visit(options.top, undefined, true);
    return { top: options.top, children, blobs: [...blobs.values()], platforms, source: options.source };
}
/** The platform recorded in an image config's JSON. */
function platformOfConfig(bytes) {
    try {
        const c = JSON.parse(bytes.toString('utf8'));
        return c.os && c.architecture ? { os: c.os, architecture: c.architecture, variant: c.variant } : undefined;
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./shared/src/oci/docker-archive.ts












/** Chooses the image of a `docker save` archive: the one tagged `ref`, or the only one. */
function selectArchiveImage(entries, ref, file) {
    if (ref) {
        const found = entries.find((e) => (e.RepoTags ?? []).includes(ref));
        if (!found) {
            const all = entries.flatMap((e) => e.RepoTags ?? []);
            throw new errors/* ConfigurationError */.j1(`The docker archive ${file} has no image tagged '${ref}'${all.length ? `; it has: ${all.join(', ')}` : ''}.`);
        }
        return found;
    }
    if (entries.length === 1)
        return entries[0];
    throw new errors/* ConfigurationError */.j1(`The docker archive ${file} holds ${entries.length} images; name one as docker-archive:${file}:<repo:tag>.`);
}
/** Hashes what passes through. */
class Sha256Tap extends external_node_stream_.Transform {
    hash = (0,external_node_crypto_.createHash)('sha256');
    bytes = 0;
    _transform(chunk, _enc, done) {
        this.hash.update(chunk);
        this.bytes += chunk.length;
        done(null, chunk);
    }
    digest() {
        return `sha256:${this.hash.digest('hex')}`;
    }
}
async function extractArchive(file, into) {
    const ex = (0,tar_stream.extract)();
    ex.on('entry', (header, stream, next) => {
        const name = (0,external_node_path_.normalize)(header.name).replace(/^(\.\/)+/, '');
        if (header.type !== 'file' || name.startsWith('..') || name.startsWith('/')) {
            stream.resume();
            stream.on('end', next);
            return;
        }
        const target = (0,external_node_path_.join)(into, name);
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(target), { recursive: true });
        (0,promises_.pipeline)(stream, (0,external_node_fs_.createWriteStream)(target)).then(() => next(), next);
    });
    try {
        await (0,promises_.pipeline)((0,external_node_fs_.createReadStream)(file), ex);
    }
    catch (err) {
        throw new errors/* ConfigurationError */.j1(`${file} is not a readable tar archive (${err.message}).`);
    }
}
function isGzip(path) {
    const head = Buffer.alloc(2);
    const fd = (0,external_node_fs_.openSync)(path, 'r');
    try {
        return (0,external_node_fs_.readSync)(fd, head, 0, 2, 0) === 2 && head[0] === 0x1f && head[1] === 0x8b;
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
/**
 * Reads a `docker save` archive into a pushable image: each layer's content is checked against the config's
 * diff_ids, uncompressed layers are gzip-compressed (in `workDir`) so the digests are those pushed, and a
 * Docker v2 manifest is written for them.
 */
/** A JSON file of the archive; anything else means the archive is damaged or not from `docker save`. */
function readArchiveJson(source, name, file) {
    try {
        return JSON.parse(typeof source === 'string' ? (0,external_node_fs_.readFileSync)(source, 'utf8') : source.toString('utf8'));
    }
    catch {
        throw new errors/* ConfigurationError */.j1(`${file} is not a valid docker archive: its ${name} is not JSON. Write it again with 'docker save -o ${file} <image>'.`);
    }
}
async function readDockerArchive(file, workDir, ref) {
    if (!(0,external_node_fs_.existsSync)(file) || !(0,external_node_fs_.statSync)(file).isFile()) {
        throw new errors/* ConfigurationError */.j1(`The docker archive ${file} does not exist. Write it with 'docker save -o ${file} <image>'.`);
    }
    const root = (0,external_node_path_.join)(workDir, 'archive');
    (0,external_node_fs_.mkdirSync)(root, { recursive: true });
    await extractArchive(file, root);
    const manifestPath = (0,external_node_path_.join)(root, 'manifest.json');
    if (!(0,external_node_fs_.existsSync)(manifestPath)) {
        throw new errors/* ConfigurationError */.j1(`${file} is not a docker archive (no manifest.json); write it with 'docker save'.`);
    }
    const entries = readArchiveJson(manifestPath, 'manifest.json', file);
    if (!Array.isArray(entries) || entries.some((e) => typeof e?.Config !== 'string' || !Array.isArray(e.Layers))) {
        throw new errors/* ConfigurationError */.j1(`${file} is not a valid docker archive: its manifest.json is not a list of images with Config and Layers. Write it again with 'docker save'.`);
    }
    const entry = selectArchiveImage(entries, ref, file);
    const configBytes = (0,external_node_fs_.readFileSync)(inside(root, entry.Config, file));
    const config = readArchiveJson(configBytes, entry.Config, file);
    const diffIds = config.rootfs?.diff_ids ?? [];
    if (diffIds.length !== entry.Layers.length) {
        throw new errors/* ConfigurationError */.j1(`The docker archive ${file} lists ${entry.Layers.length} layers but its config has ${diffIds.length} diff_ids; re-export it with 'docker save'.`);
    }
    const compressedDir = (0,external_node_path_.join)(workDir, 'layers');
    (0,external_node_fs_.mkdirSync)(compressedDir, { recursive: true });
    const limit = p_limit_default()(3);
    const layers = await Promise.all(entry.Layers.map((name, i) => limit(async () => {
        const path = inside(root, name, file);
        const compressed = isGzip(path);
        const outer = new Sha256Tap();
        const inner = new Sha256Tap();
        let blobPath = path;
        if (compressed) {
            await (0,promises_.pipeline)((0,external_node_fs_.createReadStream)(path), outer, (0,external_node_zlib_.createGunzip)(), inner, devNull());
        }
        else {
            blobPath = (0,external_node_path_.join)(compressedDir, `${i}.tar.gz`);
            await (0,promises_.pipeline)((0,external_node_fs_.createReadStream)(path), inner, (0,external_node_zlib_.createGzip)({ level: 6 }), outer, (0,external_node_fs_.createWriteStream)(blobPath));
        }
        const diffId = inner.digest();
        if (diffId !== diffIds[i]) {
            throw new errors/* ConfigurationError */.j1(`The docker archive ${file} is corrupt: layer ${name} has content ${diffId}, but its config says ${diffIds[i]}. Re-export the image with 'docker save'.`);
        }
        return {
            path: blobPath,
            descriptor: { mediaType: types/* MEDIA_TYPES */.Z2.dockerLayerGzip, digest: outer.digest(), size: outer.bytes },
        };
    })));
    const configDescriptor = {
        mediaType: types/* MEDIA_TYPES */.Z2.dockerConfig,
        digest: (0,digest/* digestOf */.ol)(configBytes),
        size: configBytes.length,
    };
    const manifest = {
        schemaVersion: 2,
        mediaType: types/* MEDIA_TYPES */.Z2.dockerManifest,
        config: configDescriptor,
        layers: layers.map((l) => l.descriptor),
    };
    const bytes = Buffer.from(JSON.stringify(manifest, null, 2));
    const paths = new Map(layers.map((l) => [l.descriptor.digest, l.path]));
    return collectImageGraph({
        top: { bytes, digest: (0,digest/* digestOf */.ol)(bytes), mediaType: types/* MEDIA_TYPES */.Z2.dockerManifest },
        source: `docker-archive:${file}${ref ? `:${ref}` : ''}`,
        load: () => Promise.reject(new Error('a docker archive has no index')),
        bodyOf: (d) => (d.digest === configDescriptor.digest ? configBytes : { file: paths.get(d.digest) }),
        platformOf: async () => platformOfConfig(configBytes),
    });
}
function inside(root, name, file) {
    const path = (0,external_node_path_.join)(root, (0,external_node_path_.normalize)(name));
    if (!path.startsWith(root) || !(0,external_node_fs_.existsSync)(path)) {
        throw new errors/* ConfigurationError */.j1(`The docker archive ${file} names '${name}', which it does not contain.`);
    }
    return path;
}
function devNull() {
    return new external_node_stream_.Writable({
        write(_chunk, _enc, done) {
            done();
        },
    });
}

// EXTERNAL MODULE: ./shared/src/oci/registry.ts + 2 modules
var registry = __webpack_require__(23030);
;// CONCATENATED MODULE: ./shared/src/oci/layout.ts







/** The manifest media types a registry accepts; anything else would be refused halfway through a push. */
const MANIFEST_MEDIA_TYPES = [
    types/* MEDIA_TYPES */.Z2.ociManifest,
    types/* MEDIA_TYPES */.Z2.ociIndex,
    types/* MEDIA_TYPES */.Z2.dockerManifest,
    types/* MEDIA_TYPES */.Z2.dockerManifestList,
];
const REF_NAME_ANNOTATION = 'org.opencontainers.image.ref.name';
/** The path of a blob in an OCI image layout. */
function layoutBlobPath(dir, digest) {
    const [algorithm, hex] = digest.split(':');
    return (0,external_node_path_.join)(dir, 'blobs', algorithm, hex);
}
/**
 * Which manifest of a layout's index.json to take: the one whose ref name (or digest) is `ref`, or the only
 * one when no ref is given.
 */
function selectLayoutManifest(index, ref, where) {
    const names = index.manifests.map((m) => m.annotations?.[REF_NAME_ANNOTATION]).filter(Boolean);
    if (ref) {
        const found = index.manifests.find((m) => m.annotations?.[REF_NAME_ANNOTATION] === ref || m.digest === ref);
        if (!found) {
            throw new errors/* ConfigurationError */.j1(`The OCI layout ${where} has no image named '${ref}'${names.length ? `; it has: ${names.join(', ')}` : ' (its images have no ref names)'}. Fix the ':<ref>' part of 'source'.`);
        }
        return found;
    }
    if (index.manifests.length === 1)
        return index.manifests[0];
    if (index.manifests.length === 0)
        throw new errors/* ConfigurationError */.j1(`The OCI layout ${where} holds no image.`);
    throw new errors/* ConfigurationError */.j1(`The OCI layout ${where} holds ${index.manifests.length} images; name one in 'source' as oci:${where}:<ref>${names.length ? ` (one of: ${names.join(', ')})` : ''}.`);
}
/** Reads an OCI image layout (index.json and blobs/) into what one push writes; blob bytes stay on disk. */
async function readOciLayout(dir, ref) {
    const root = (0,external_node_path_.resolve)(dir);
    const where = dir;
    const indexPath = (0,external_node_path_.join)(root, 'index.json');
    if (!(0,external_node_fs_.existsSync)(indexPath)) {
        throw new errors/* ConfigurationError */.j1(`${where} is not an OCI image layout (no index.json). Point 'source' at the directory written by 'docker buildx build --output type=oci,dest=<dir>,tar=false' or 'skopeo copy ... oci:<dir>'.`);
    }
    let index;
    try {
        index = JSON.parse((0,external_node_fs_.readFileSync)(indexPath, 'utf8'));
    }
    catch {
        throw new errors/* ConfigurationError */.j1(`${indexPath} is not valid JSON.`);
    }
    if (!Array.isArray(index.manifests))
        throw new errors/* ConfigurationError */.j1(`${indexPath} has no 'manifests' list.`);
    const selected = selectLayoutManifest(index, ref, where);
    const readChecked = (d) => {
        const bytes = readBlobFile(root, d, where);
        const actual = (0,digest/* digestOf */.ol)(bytes);
        if (actual !== d.digest) {
            throw new errors/* ConfigurationError */.j1(`The OCI layout ${where} is corrupt: ${layoutBlobPath('blobs', d.digest)} hashes to ${actual}. Re-export the image.`);
        }
        return bytes;
    };
    const load = async (d) => {
        const bytes = readChecked(d);
        // Checked before anything is pushed: the registry would refuse it only after the blobs went up.
        let own;
        try {
            own = JSON.parse(bytes.toString('utf8'));
        }
        catch {
            throw new errors/* ConfigurationError */.j1(`The OCI layout ${where} is corrupt: the manifest ${d.digest} is not JSON. Re-export the image.`);
        }
        const mediaType = d.mediaType || (0,registry/* manifestMediaType */.gp)(null, bytes);
        for (const type of [mediaType, own?.mediaType]) {
            if (type !== undefined && !MANIFEST_MEDIA_TYPES.includes(type)) {
                throw new errors/* ConfigurationError */.j1(`The OCI layout ${where} holds the manifest ${d.digest} with the media type '${String(type)}', which is not an image manifest or index (${MANIFEST_MEDIA_TYPES.join(', ')}). Re-export the image with docker buildx, skopeo or umoci.`);
            }
        }
        return { bytes, digest: d.digest, mediaType };
    };
    return collectImageGraph({
        top: await load(selected),
        source: `oci:${dir}${ref ? `:${ref}` : ''}`,
        load,
        bodyOf: (d) => {
            const path = layoutBlobPath(root, d.digest);
            checkBlobFile(path, d, where);
            return { file: path };
        },
        platformOf: async (config) => platformOfConfig(readChecked(config)),
    });
}
function checkBlobFile(path, d, where) {
    if (!(0,digest/* isDigest */.Bc)(d.digest)) {
        throw new errors/* ConfigurationError */.j1(`The OCI layout ${where} names a blob '${d.digest}' that is not a sha256 digest.`);
    }
    if (!(0,external_node_fs_.existsSync)(path)) {
        throw new errors/* ConfigurationError */.j1(`The OCI layout ${where} lacks the blob ${d.digest} (${d.mediaType}). Re-export the whole image.`);
    }
    const size = (0,external_node_fs_.statSync)(path).size;
    if (size !== d.size) {
        throw new errors/* ConfigurationError */.j1(`The OCI layout ${where} is corrupt: blob ${d.digest} has ${size} bytes, its descriptor says ${d.size}.`);
    }
}
function readBlobFile(root, d, where) {
    const path = layoutBlobPath(root, d.digest);
    checkBlobFile(path, d, where);
    return (0,external_node_fs_.readFileSync)(path);
}

// EXTERNAL MODULE: ./shared/src/oci/reference.ts
var oci_reference = __webpack_require__(14704);
;// CONCATENATED MODULE: ./shared/src/oci/mirror.ts




/** An anonymous client of an upstream registry (Docker Hub, gcr.io, quay.io, ghcr.io answer with a token flow). */
function upstreamClient(ref, logger, tuning = {}) {
    return new registry/* RegistryClient */.bP({ ...tuning, baseUrl: (0,oci_reference/* registryBaseUrl */.mO)(ref.registry), logger });
}
/**
 * An upstream image as it is, to copy: the exact manifest bytes (every platform of an index), so the copy
 * keeps the upstream digest; blobs stream from the upstream straight into the upload.
 */
async function readRemoteImage(client, source) {
    const ref = (0,oci_reference/* parseImageReference */.o_)(source);
    const reference = ref.digest ?? ref.tag;
    const top = await client.getManifest(ref.repository, reference);
    if (!top) {
        throw new errors/* ConfigurationError */.j1(`The upstream image ${(0,oci_reference/* formatImageReference */.my)(ref)} does not exist (or is private). Check the 'source' input.`);
    }
    return collectImageGraph({
        top,
        source: `docker://${(0,oci_reference/* formatImageReference */.my)(ref)}`,
        load: async (d) => {
            const child = await client.getManifest(ref.repository, d.digest);
            if (!child)
                throw new Error(`The upstream index of ${(0,oci_reference/* formatImageReference */.my)(ref)} names ${d.digest}, which is missing.`);
            return child;
        },
        bodyOf: (d) => () => client.blobStream(ref.repository, d.digest),
        platformOf: async (config) => platformOfConfig(await client.getBlob(ref.repository, config.digest)),
    });
}

;// CONCATENATED MODULE: ./shared/src/oci/push.ts
/**
 * Pushes an image by digest: every blob first (several at once, each skipped when present), then the
 * manifests under an index, then the top manifest, so that no manifest ever names a missing blob.
 * A dry run only asks which blobs are there.
 */
async function pushImageGraph(client, repository, graph, options) {
    const { logger } = options;
    // A registry stores a manifest only when all it names is there: an image already present needs nothing more.
    if (await client.headManifest(repository, graph.top.digest)) {
        logger.info(`${repository}@${graph.top.digest} is already in the registry; no blob or manifest to send.`);
        return {
            digest: graph.top.digest,
            mediaType: graph.top.mediaType,
            blobs: graph.blobs.map(({ descriptor }) => ({
                digest: descriptor.digest,
                size: descriptor.size,
                result: options.dryRun ? 'present' : 'exists',
            })),
            manifests: 0,
            dryRun: Boolean(options.dryRun),
        };
    }
    const blobs = await Promise.all(graph.blobs.map(async ({ descriptor, body }) => {
        const base = { digest: descriptor.digest, size: descriptor.size };
        if (options.dryRun) {
            const present = await client.headBlob(repository, descriptor.digest);
            return { ...base, result: present ? 'present' : 'would-upload' };
        }
        const result = await client.pushBlob(repository, descriptor, body, { mountFrom: options.mountFrom });
        logger.debug(`${descriptor.digest} (${descriptor.size} bytes): ${result}`);
        return { ...base, result };
    }));
    if (!options.dryRun) {
        // Children are independent of each other; the index goes last.
        await Promise.all(graph.children.map((m) => client.putManifest(repository, m.digest, m)));
        await client.putManifest(repository, graph.top.digest, graph.top);
    }
    return {
        digest: graph.top.digest,
        mediaType: graph.top.mediaType,
        blobs,
        manifests: graph.children.length + 1,
        dryRun: Boolean(options.dryRun),
    };
}

// EXTERNAL MODULE: ./shared/src/policy/index.ts + 9 modules
var src_policy = __webpack_require__(8972);
;// CONCATENATED MODULE: ./actions/build-sign-push/src/tag-plan.ts

/** Reads what each tag points at now, with HEAD requests (a few at once). */
async function readTagStates(client, repository, tags) {
    return Promise.all(tags.map(async (tag) => ({ tag, current: (await client.headManifest(repository, tag.tag))?.digest })));
}
/**
 * Decides every tag before any is written: a tag already on this digest is left alone (a re-run succeeds),
 * a new tag is written, a movable tag is moved; an immutable tag on another digest stops the whole push.
 */
function planTags(states, digest, policy, repository) {
    const conflicts = states.filter((s) => s.current && s.current !== digest && !s.tag.mutable);
    if (conflicts.length > 0) {
        const { tagMutability, mutableTags } = policy.registry;
        const rule = tagMutability === 'IMMUTABLE'
            ? `registry.tagMutability is IMMUTABLE and registry.mutableTags (${mutableTags.length ? mutableTags.join(', ') : 'none'}) does not match it`
            : `registry.tagMutability is MUTABLE but registry.mutableTags (${mutableTags.join(', ')}) keeps it immutable`;
        const lines = conflicts.map((s) => `tag '${s.tag.tag}' of ${repository} already points at ${s.current}, not at this image ${digest} (${rule})`);
        throw new errors/* ConfigurationError */.j1(`${lines.join('; ')}. No tag was written. An immutable tag names one image for good: build from a new version (a new git tag), or, if this tag is meant to move, add a filter matching it to registry.mutableTags in the policy.`);
    }
    return states.map(({ tag, current }) => {
        if (current === digest)
            return { ...tag, action: 'unchanged' };
        if (current)
            return { ...tag, action: 'moved', previous: current };
        return { ...tag, action: 'new' };
    });
}

// EXTERNAL MODULE: ./shared/src/oci/errors.ts
var oci_errors = __webpack_require__(9978);
;// CONCATENATED MODULE: ./actions/build-sign-push/src/tag-write.ts


/**
 * Writes one planned tag. ECR enforces immutable tags itself, and its refusal becomes a clear error. A registry
 * without immutable tags (docker-registry) gets a check just before the write and a read-back after it: when two
 * runs race for one immutable tag, the one whose image is not under the tag afterwards fails. One window stays
 * open there: a run that wrote and read back its image before the other's write does not learn of it.
 */
async function writeTag(client, repository, tag, image, registryEnforcesImmutability) {
    const guarded = !tag.mutable && !registryEnforcesImmutability;
    if (guarded) {
        const current = (await client.headManifest(repository, tag.tag))?.digest;
        if (current && current !== image.digest)
            throw concurrentWrite(client.host, repository, tag.tag, current, image);
    }
    try {
        await client.putManifest(repository, tag.tag, image);
    }
    catch (err) {
        if (tag.mutable || !isImmutableTagRefusal(err))
            throw err;
        const current = await client.headManifest(repository, tag.tag).then((h) => h?.digest, () => undefined);
        throw concurrentWrite(client.host, repository, tag.tag, current, image, err);
    }
    if (guarded) {
        const now = (await client.headManifest(repository, tag.tag))?.digest;
        if (now !== image.digest)
            throw concurrentWrite(client.host, repository, tag.tag, now, image);
    }
}
/** ECR's ImageTagAlreadyExistsException as the distribution API reports it: 400/409 naming an immutable tag. */
function isImmutableTagRefusal(err) {
    if (!(err instanceof oci_errors/* RegistryError */.gl) || ![400, 409].includes(err.status))
        return false;
    const coded = err.status === 409 || ['TAG_INVALID', 'MANIFEST_INVALID', 'DENIED'].includes(err.code ?? '');
    return coded && /immutab|already exists|ImageTagAlreadyExists/i.test(err.message);
}
function concurrentWrite(host, repository, tag, current, image, cause) {
    const error = new errors/* ConfigurationError */.j1(`The immutable tag '${tag}' of ${host}/${repository} points at ${current ?? 'another image'}, not at this image ${image.digest}: it was written by another run at the same time; re-run to see which image holds it (this run's image stays in the repository by its digest, untagged).`);
    if (cause !== undefined)
        Object.defineProperty(error, 'cause', { value: cause });
    return error;
}

;// CONCATENATED MODULE: ./actions/build-sign-push/src/publish.ts










/** The repository and tags of this run: the service's repository and the policy's tags, or a mirror's. */
function resolveDestination(inputs, policy, git) {
    if (inputs.source.kind === 'docker') {
        const repository = (0,src_policy.mirrorTarget)(policy, inputs.source.reference);
        if (!repository) {
            throw new errors/* ConfigurationError */.j1(`The policy has no mirror for ${inputs.source.reference}. Add it to registry.mirrors (source: ${inputs.source.reference.replace(/[:@].*$/, '')}, target: thirdparty/<name>) to copy it into the registry.`);
        }
        // A mirror keeps the upstream's own tag (redis:7 -> thirdparty/redis:7), not the service tag convention.
        const upstreamTag = (0,oci_reference/* parseImageReference */.o_)(inputs.source.reference).tag;
        const names = [...(upstreamTag ? [upstreamTag] : []), ...inputs.extraTags];
        const tags = [...new Set(names)].map((tag) => ({
            tag,
            kind: tag === upstreamTag ? 'release' : 'extra',
            mutable: (0,src_policy.isTagMutable)(policy, tag),
        }));
        return { repository, tags };
    }
    const target = { service: inputs.service, environment: inputs.environment };
    return {
        repository: (0,src_policy.repositoryName)(policy, target),
        tags: (0,src_policy.computeImageTags)(policy, git, { ...target, extra: inputs.extraTags }),
    };
}
/** Sibling repositories of the same system, whose blobs can be mounted instead of uploaded. */
function siblingRepositories(policy, repository) {
    try {
        return (0,src_policy.managedRepositories)(policy)
            .filter((r) => r.kind === 'service' && r.name !== repository)
            .map((r) => r.name)
            .slice(0, 5);
    }
    catch {
        return [];
    }
}
async function loadImage(options) {
    const { inputs, logger, workDir } = options;
    const source = inputs.source;
    switch (source.kind) {
        case 'oci':
            return { graph: await readOciLayout(source.dir, source.ref) };
        case 'docker-archive':
            return { graph: await readDockerArchive(source.file, workDir, source.ref) };
        case 'docker': {
            const ref = (0,oci_reference/* parseImageReference */.o_)(source.reference);
            return { graph: await readRemoteImage(upstreamClient(ref, logger, options.upstream), source.reference) };
        }
        case 'build': {
            const built = await (0,build.buildImage)({
                context: inputs.context,
                dockerfile: inputs.dockerfile,
                buildArgs: inputs.buildArgs,
                target: inputs.target,
                platforms: inputs.platforms,
            }, { workDir, logger, run: options.run, cwd: options.cwd });
            return { graph: await readOciLayout(built.layoutDir), builder: built.builder };
        }
    }
}
/**
 * Takes the image from its source and puts it into the registry: every tag is checked first (nothing is
 * written when one immutable tag points elsewhere), then the image goes up by digest, then the tags.
 */
async function publishImage(options) {
    const { inputs, policy, git, session, logger } = options;
    const now = options.now ?? Date.now;
    const started = now();
    const { repository, tags } = resolveDestination(inputs, policy, git);
    const { client, host } = session;
    logger.info(`Repository: ${host}/${repository}`);
    const { graph, builder } = await loadImage(options);
    const digest = graph.top.digest;
    logger.info(`Image ${graph.source}: ${digest} (${graph.blobs.length} blobs, ${graph.platforms.join(', ') || 'platform unknown'})`);
    const planned = planTags(await readTagStates(client, repository, tags), digest, policy, repository);
    const push = await pushImageGraph(client, repository, graph, {
        logger,
        mountFrom: siblingRepositories(policy, repository),
        dryRun: inputs.dryRun,
    });
    if (inputs.dryRun) {
        const missing = push.blobs.filter((b) => b.result === 'would-upload');
        const bytes = missing.reduce((n, b) => n + b.size, 0);
        logger.info(`Would upload ${missing.length} of ${push.blobs.length} blobs (${bytes} bytes) to ${host}/${repository}; the others are there already.`);
    }
    for (const tag of planned) {
        if (tag.action === 'unchanged') {
            logger.info(`Tag ${tag.tag} already points at ${digest}; left as it is.`);
            continue;
        }
        if (inputs.dryRun) {
            logger.info(`Would ${tag.action === 'moved' ? `move tag ${tag.tag} from ${tag.previous}` : `write tag ${tag.tag}`}.`);
            continue;
        }
        await writeTag(client, repository, tag, graph.top, session.ecr);
        logger.info(tag.action === 'moved' ? `Moved tag ${tag.tag} from ${tag.previous}.` : `Tagged ${tag.tag}.`);
    }
    const repositoryUri = `${host}/${repository}`;
    return {
        repository,
        repositoryUri,
        digest,
        imageUri: `${repositoryUri}@${digest}`,
        mediaType: graph.top.mediaType,
        tags: planned,
        platforms: graph.platforms,
        push,
        elapsedMs: now() - started,
        dryRun: inputs.dryRun,
        source: graph.source,
        builder,
    };
}


/***/ })

};
;