"use strict";
exports.id = 130;
exports.ids = [130,18];
exports.modules = {

/***/ 53130:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  publishHelmChart: () => (/* binding */ publishHelmChart)
});

// EXTERNAL MODULE: ./shared/src/aws/session.ts + 2 modules
var aws_session = __webpack_require__(81018);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: ./shared/src/policy/index.ts + 9 modules
var src_policy = __webpack_require__(8972);
// EXTERNAL MODULE: ./shared/src/runtime/errors.ts
var errors = __webpack_require__(93353);
// EXTERNAL MODULE: ./shared/src/runtime/summary.ts
var summary = __webpack_require__(30868);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./shared/src/oci/digest.ts

const DIGEST_PATTERN = /^sha256:[a-f0-9]{64}$/;
/** The sha256 digest of some bytes, as the registry names them (`sha256:<hex>`). */
function digestOf(bytes) {
    return `sha256:${(0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex')}`;
}
function digest_isDigest(value) {
    return DIGEST_PATTERN.test(value);
}
/** Hashes bytes as they pass, so a blob's digest is checked without a second read. */
class DigestAccumulator {
    hash = (0,external_node_crypto_.createHash)('sha256');
    count = 0;
    result;
    update(bytes) {
        this.hash.update(bytes);
        this.count += bytes.length;
    }
    get bytes() {
        return this.count;
    }
    digest() {
        this.result ??= `sha256:${this.hash.digest('hex')}`;
        return this.result;
    }
}

// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(62088);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./shared/src/helm/chart-file.ts



const METADATA_FIELDS = [
    'name',
    'home',
    'sources',
    'version',
    'description',
    'keywords',
    'maintainers',
    'icon',
    'apiVersion',
    'condition',
    'tags',
    'appVersion',
    'deprecated',
    'annotations',
    'kubeVersion',
    'dependencies',
    'type',
];
const DEPENDENCY_FIELDS = [
    'name',
    'version',
    'repository',
    'condition',
    'tags',
    'enabled',
    'import-values',
    'export-values',
    'alias',
];
/** Helm's rule for dependency aliases (pkg/chart dependency.go). */
const ALIAS = /^[a-zA-Z0-9-_]+$/;
/** The longest tag a registry takes; a chart's version becomes its tag. */
const MAX_TAG_LENGTH = 128;
/**
 * Helm's sanitizeString: whitespace becomes a space and unprintable characters go, so that the stored
 * metadata is what `helm show chart` prints.
 */
function sanitizeChartString(value) {
    return value.replace(/[\t\n\v\f\r\u0085\u00a0\p{Z}]/gu, ' ').replace(/\p{C}/gu, '');
}
function fail(file, field, what) {
    throw new errors/* ConfigurationError */.j1(`${file}: ${field}: ${what}`);
}
function optionalString(raw, key, file, prefix = '') {
    const value = raw[key];
    if (value === undefined || value === null)
        return undefined;
    if (typeof value !== 'string') {
        fail(file, `${prefix}${key}`, `must be a string, found ${typeOf(value)} ${JSON.stringify(value)}; quote it: ${key}: "${String(value)}"`);
    }
    return value;
}
function optionalStringList(raw, key, file, prefix = '') {
    const value = raw[key];
    if (value === undefined || value === null)
        return undefined;
    if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) {
        fail(file, `${prefix}${key}`, 'must be a list of strings');
    }
    return value;
}
function typeOf(value) {
    if (Array.isArray(value))
        return 'a list';
    if (value === null)
        return 'null';
    return typeof value === 'object' ? 'a mapping' : `a ${typeof value}`;
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** A strict SemVer 2 version as Helm's lint wants it: no leading `v`, no missing minor or patch. */
function isStrictSemver(version) {
    const parsed = semver.parse(version);
    // node-semver forgives a leading 'v' or '=' and drops build metadata from `version`: compare the full text.
    return parsed !== null && `${parsed.version}${parsed.build.length ? `+${parsed.build.join('.')}` : ''}` === version;
}
function parseDependency(raw, index, file) {
    const at = `dependencies[${index}].`;
    if (!isRecord(raw))
        fail(file, `dependencies[${index}]`, 'must be a mapping with name, version and repository');
    const name = optionalString(raw, 'name', file, at);
    if (!name)
        fail(file, `${at}name`, 'is required');
    const version = optionalString(raw, 'version', file, at);
    if (version !== undefined && semver.validRange(version) === null) {
        fail(file, `${at}version`, `"${version}" is not a version or a version range such as "1.2.3" or "~1.2"`);
    }
    const alias = optionalString(raw, 'alias', file, at);
    if (alias !== undefined && alias !== '' && !ALIAS.test(alias)) {
        fail(file, `${at}alias`, `"${alias}" may hold only letters, digits, '-' and '_'`);
    }
    const enabled = raw.enabled;
    if (enabled !== undefined && enabled !== null && typeof enabled !== 'boolean') {
        fail(file, `${at}enabled`, 'must be true or false');
    }
    for (const key of ['import-values', 'export-values']) {
        if (raw[key] !== undefined && raw[key] !== null && !Array.isArray(raw[key])) {
            fail(file, `${at}${key}`, 'must be a list');
        }
    }
    const dependency = {
        name: sanitizeChartString(name),
        repository: sanitizeChartString(optionalString(raw, 'repository', file, at) ?? ''),
    };
    if (version)
        dependency.version = sanitizeChartString(version);
    const condition = optionalString(raw, 'condition', file, at);
    if (condition)
        dependency.condition = sanitizeChartString(condition);
    const tags = optionalStringList(raw, 'tags', file, at);
    if (tags?.length)
        dependency.tags = tags.map(sanitizeChartString);
    if (enabled === true)
        dependency.enabled = true;
    for (const key of ['import-values', 'export-values']) {
        const list = raw[key];
        if (list?.length)
            dependency[key] = list;
    }
    if (alias)
        dependency.alias = alias;
    return dependency;
}
function parseMaintainer(raw, index, file) {
    const at = `maintainers[${index}].`;
    if (!isRecord(raw))
        fail(file, `maintainers[${index}]`, 'must be a mapping with name (and email, url)');
    const name = optionalString(raw, 'name', file, at);
    if (!name)
        fail(file, `${at}name`, 'is required for every maintainer');
    const maintainer = { name: sanitizeChartString(name) };
    const email = optionalString(raw, 'email', file, at);
    if (email)
        maintainer.email = sanitizeChartString(email);
    const url = optionalString(raw, 'url', file, at);
    if (url)
        maintainer.url = sanitizeChartString(url);
    return maintainer;
}
/**
 * Parses and validates a Chart.yaml: apiVersion v1 or v2, a name that is a single path segment, a strict SemVer 2
 * version, type application or library (v2 only), dependencies (v2 only) with unique names or aliases.
 * `file` names the file in messages.
 */
function parseChartYaml(text, file = 'Chart.yaml') {
    let raw;
    try {
        raw = (0,dist/* parse */.qg)(text);
    }
    catch (err) {
        throw new errors/* ConfigurationError */.j1(`${file}: not valid YAML: ${(0,errors/* errorMessage */.gJ)(err)}`);
    }
    if (!isRecord(raw))
        fail(file, 'document', 'must be a mapping with apiVersion, name and version');
    const apiVersion = optionalString(raw, 'apiVersion', file);
    if (!apiVersion)
        fail(file, 'apiVersion', 'is required; set it to v2 (Helm 3) or v1');
    if (apiVersion !== 'v1' && apiVersion !== 'v2')
        fail(file, 'apiVersion', `"${apiVersion}" is not v1 or v2`);
    const name = optionalString(raw, 'name', file);
    if (!name)
        fail(file, 'name', 'is required');
    if (name === '.' || name === '..' || /[/\\]/.test(name) || name.trim() !== name) {
        fail(file, 'name', `"${name}" is not a chart name: use letters, digits and '-', such as "my-service"`);
    }
    const version = optionalString(raw, 'version', file);
    if (!version)
        fail(file, 'version', 'is required: a SemVer 2 version such as 1.2.3');
    if (!isStrictSemver(version)) {
        fail(file, 'version', `"${version}" is not a SemVer 2 version such as 1.2.3, 1.2.3-rc.1 or 1.2.3+build.5`);
    }
    if (version.length > MAX_TAG_LENGTH) {
        fail(file, 'version', `"${version}" is longer than ${MAX_TAG_LENGTH} characters, the longest registry tag`);
    }
    const type = optionalString(raw, 'type', file);
    if (type) {
        if (apiVersion !== 'v2')
            fail(file, 'type', 'is valid only with apiVersion v2');
        if (type !== 'application' && type !== 'library')
            fail(file, 'type', `"${type}" is not application or library`);
    }
    const rawDependencies = raw.dependencies;
    let dependencies;
    if (rawDependencies !== undefined && rawDependencies !== null) {
        if (!Array.isArray(rawDependencies))
            fail(file, 'dependencies', 'must be a list');
        if (rawDependencies.length && apiVersion !== 'v2') {
            fail(file, 'dependencies', 'are valid only with apiVersion v2; a v1 chart lists them in requirements.yaml');
        }
        dependencies = rawDependencies.map((d, i) => parseDependency(d, i, file));
        const seen = new Set();
        for (const d of dependencies) {
            const key = d.alias || d.name;
            if (seen.has(key))
                fail(file, 'dependencies', `more than one dependency with name or alias "${key}"`);
            seen.add(key);
        }
    }
    const rawMaintainers = raw.maintainers;
    let maintainers;
    if (rawMaintainers !== undefined && rawMaintainers !== null) {
        if (!Array.isArray(rawMaintainers))
            fail(file, 'maintainers', 'must be a list');
        maintainers = rawMaintainers.map((m, i) => parseMaintainer(m, i, file));
    }
    const rawAnnotations = raw.annotations;
    let annotations;
    if (rawAnnotations !== undefined && rawAnnotations !== null) {
        if (!isRecord(rawAnnotations))
            fail(file, 'annotations', 'must be a mapping of strings');
        annotations = {};
        for (const [key, value] of Object.entries(rawAnnotations)) {
            if (typeof value !== 'string')
                fail(file, `annotations.${key}`, 'must be a string; quote it');
            annotations[key] = value;
        }
    }
    const deprecated = raw.deprecated;
    if (deprecated !== undefined && deprecated !== null && typeof deprecated !== 'boolean') {
        fail(file, 'deprecated', 'must be true or false');
    }
    const kubeVersion = optionalString(raw, 'kubeVersion', file);
    if (kubeVersion && semver.validRange(kubeVersion, { includePrerelease: true }) === null) {
        fail(file, 'kubeVersion', `"${kubeVersion}" is not a version constraint such as ">=1.25.0-0"`);
    }
    const textField = (key) => {
        const value = optionalString(raw, key, file);
        return value ? sanitizeChartString(value) : undefined;
    };
    const list = (key) => {
        const value = optionalStringList(raw, key, file);
        return value?.length ? value.map(sanitizeChartString) : undefined;
    };
    const metadata = {
        name: sanitizeChartString(name),
        home: textField('home'),
        sources: list('sources'),
        version,
        description: textField('description'),
        keywords: list('keywords'),
        maintainers: maintainers?.length ? maintainers : undefined,
        icon: textField('icon'),
        apiVersion,
        condition: textField('condition'),
        tags: textField('tags'),
        appVersion: textField('appVersion'),
        deprecated: deprecated === true ? true : undefined,
        annotations: annotations && Object.keys(annotations).length ? annotations : undefined,
        kubeVersion: kubeVersion ? sanitizeChartString(kubeVersion) : undefined,
        dependencies: dependencies?.length ? dependencies : undefined,
        type: type ? type : undefined,
    };
    return metadata;
}
/** JSON as Go's encoding/json writes it: `<`, `>`, `&`, U+2028 and U+2029 escaped, map keys sorted. */
function marshalLikeGo(value) {
    return JSON.stringify(value)
        .replace(/</g, '\\u003c')
        .replace(/>/g, '\\u003e')
        .replace(/&/g, '\\u0026')
        .replace(/\u2028/g, '\\u2028')
        .replace(/\u2029/g, '\\u2029');
}
function sortedRecord(record) {
    return Object.fromEntries(Object.keys(record)
        .sort()
        .map((k) => [k, record[k]]));
}
/** Orders an object's keys as a Go struct declares them, dropping empty (omitempty) fields. */
function inFieldOrder(value, fields, always = []) {
    const out = {};
    for (const field of fields) {
        const v = value[field];
        if (always.includes(field) || (v !== undefined && v !== '' && v !== false))
            out[field] = v;
    }
    return out;
}
/**
 * The chart's OCI config blob: chart.Metadata as Helm marshals it (struct field order, empty fields left out,
 * annotation keys sorted), so a chart pushed here and by `helm push` has the same config.
 */
function chartConfigJson(metadata) {
    const ordered = inFieldOrder(metadata, METADATA_FIELDS);
    if (metadata.maintainers) {
        ordered.maintainers = metadata.maintainers.map((m) => inFieldOrder(m, ['name', 'email', 'url']));
    }
    if (metadata.annotations)
        ordered.annotations = sortedRecord(metadata.annotations);
    if (metadata.dependencies) {
        // Go writes name and repository even when empty: they have no omitempty.
        ordered.dependencies = metadata.dependencies.map((d) => inFieldOrder(d, DEPENDENCY_FIELDS, ['name', 'repository']));
    }
    return Buffer.from(marshalLikeGo(ordered), 'utf8');
}

;// CONCATENATED MODULE: ./shared/src/helm/oci-format.ts


/** Helm's reserved media types (helm pkg/registry/constants.go). */
const HELM_MEDIA_TYPES = {
    config: 'application/vnd.cncf.helm.config.v1+json',
    chart: 'application/vnd.cncf.helm.chart.content.v1.tar+gzip',
    provenance: 'application/vnd.cncf.helm.chart.provenance.v1.prov',
    legacyChart: 'application/tar+gzip',
};
/** The OCI annotation keys Helm writes on a chart's manifest. */
const OCI_ANNOTATIONS = {
    title: 'org.opencontainers.image.title',
    version: 'org.opencontainers.image.version',
    description: 'org.opencontainers.image.description',
    url: 'org.opencontainers.image.url',
    created: 'org.opencontainers.image.created',
    source: 'org.opencontainers.image.source',
    authors: 'org.opencontainers.image.authors',
};
/** A chart's tag is its version, with `+` written as `_`, since tags cannot hold `+` (as Helm does). */
function chartTag(version) {
    return version.replace(/\+/g, '_');
}
/** The version a chart tag stands for: the inverse of chartTag. */
function versionOfTag(tag) {
    return tag.replace(/_/g, '+');
}
/** RFC 3339 in UTC without fractions, as Go's time.RFC3339 prints it. */
function rfc3339(date) {
    return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
function addIfSet(map, key, value) {
    if (value !== undefined && value.trim() !== '')
        map[key] = value;
}
/**
 * The manifest annotations `helm push` writes: description, title, version, url, created, source (first of
 * `sources`), authors (maintainers as "name (email)"), then the chart's own annotations, which may not
 * override title or version. `source` falls back to the given source URL (the repository that built it).
 */
function chartAnnotations(metadata, options) {
    const a = {};
    addIfSet(a, OCI_ANNOTATIONS.description, metadata.description);
    addIfSet(a, OCI_ANNOTATIONS.title, metadata.name);
    addIfSet(a, OCI_ANNOTATIONS.version, metadata.version);
    addIfSet(a, OCI_ANNOTATIONS.url, metadata.home);
    addIfSet(a, OCI_ANNOTATIONS.created, rfc3339(options.created));
    addIfSet(a, OCI_ANNOTATIONS.source, metadata.sources?.[0] ?? options.source);
    if (metadata.maintainers?.length) {
        const authors = metadata.maintainers.map((m) => `${m.name ?? ''}${m.email ? ` (${m.email})` : ''}`).join(', ');
        addIfSet(a, OCI_ANNOTATIONS.authors, authors);
    }
    for (const [key, value] of Object.entries(metadata.annotations ?? {})) {
        if (key === OCI_ANNOTATIONS.title || key === OCI_ANNOTATIONS.version)
            continue;
        a[key] = value;
    }
    return a;
}
function descriptor(mediaType, bytes) {
    return { mediaType, digest: digestOf(bytes), size: bytes.length };
}
/**
 * The chart as Helm lays it out in a registry: the config (Chart.yaml as JSON), one chart layer, and a manifest
 * serialised as Go serialises helm's ocispec.Manifest (no mediaType field, annotation keys sorted).
 */
function chartArtifact(metadata, chart, options) {
    const configBytes = chartConfigJson(metadata);
    const config = descriptor(HELM_MEDIA_TYPES.config, configBytes);
    const layer = descriptor(HELM_MEDIA_TYPES.chart, chart);
    const annotations = chartAnnotations(metadata, options);
    const sorted = Object.fromEntries(Object.keys(annotations)
        .sort()
        .map((k) => [k, annotations[k]]));
    const manifestBytes = Buffer.from(marshalLikeGo({ schemaVersion: 2, config, layers: [layer], annotations: sorted }), 'utf8');
    return {
        config: { descriptor: config, bytes: configBytes },
        layer,
        manifest: {
            bytes: manifestBytes,
            digest: digestOf(manifestBytes),
            mediaType: 'application/vnd.oci.image.manifest.v1+json',
        },
        tag: chartTag(metadata.version),
    };
}
/** `oci://<host>/<repository>`: what `helm install` and `helm pull` take, with `--version`. */
function chartUri(host, repository) {
    return `oci://${host}/${repository}`;
}
/** The namespace `helm push` takes: the chart's repository without its last segment (the chart's name). */
function chartPushNamespace(host, repository) {
    const slash = repository.lastIndexOf('/');
    return slash < 0 ? `oci://${host}` : `oci://${host}/${repository.slice(0, slash)}`;
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
// EXTERNAL MODULE: ./node_modules/fflate/esm/index.mjs
var esm = __webpack_require__(51306);
// EXTERNAL MODULE: ./node_modules/tar-stream/index.js
var tar_stream = __webpack_require__(56118);
// EXTERNAL MODULE: ./node_modules/minimatch/dist/esm/index.js + 5 modules
var dist_esm = __webpack_require__(44611);
;// CONCATENATED MODULE: ./shared/src/helm/helmignore.ts


/**
 * `.helmignore`, with Helm's own semantics (pkg/ignore), which are not gitignore's: rules are tried in order and
 * the first that decides wins; a pattern without `/` matches the base name, one with `/` the whole path
 * (a leading `/` anchors it at the chart root), a trailing `/` matches directories only, `**` is refused.
 * A negated rule (`!pattern`) ignores every path it does NOT match, exactly as `helm package` does.
 */
const HELMIGNORE = '.helmignore';
/** What Helm always ignores after the file's rules: dotfiles in templates/. */
const DEFAULT_RULES = ['templates/.?*'];
/** Go's filepath.Match: `*` and `?` never cross `/`, dots are not special, no braces, no globstar. */
function globMatch(pattern, name) {
    return (0,dist_esm/* minimatch */.xF)(name, pattern, {
        dot: true,
        noglobstar: true,
        nobrace: true,
        noext: true,
        nocomment: true,
        nonegate: true,
        optimizationLevel: 0,
    });
}
function parseRule(line, lineNumber, file) {
    const raw = line.trim();
    if (raw === '' || raw.startsWith('#'))
        return undefined;
    if (raw.includes('**')) {
        throw new errors/* ConfigurationError */.j1(`${file}:${lineNumber}: "${raw}": Helm does not support '**' in .helmignore; use a pattern per directory level, such as "dir/*/file".`);
    }
    let pattern = raw;
    const negate = pattern.startsWith('!');
    if (negate)
        pattern = pattern.slice(1);
    const mustDir = pattern.endsWith('/');
    if (mustDir)
        pattern = pattern.replace(/\/+$/, '');
    let scope = 'basename';
    if (pattern.startsWith('/')) {
        pattern = pattern.replace(/^\/+/, '');
        scope = 'path';
    }
    else if (pattern.includes('/')) {
        scope = 'path';
    }
    return { raw, pattern, negate, mustDir, scope };
}
/** The rules of a chart: those of its `.helmignore` (when it has one), then Helm's defaults. */
class HelmIgnoreRules {
    rules;
    constructor(rules) {
        this.rules = rules;
    }
    static parse(text, file = HELMIGNORE) {
        const rules = [];
        (text ?? '').split(/\r?\n/).forEach((line, i) => {
            const rule = parseRule(line, i + 1, file);
            if (rule)
                rules.push(rule);
        });
        for (const d of DEFAULT_RULES)
            rules.push(parseRule(d, 0, 'defaults'));
        return new HelmIgnoreRules(rules);
    }
    /** Whether a path relative to the chart root (with `/` separators) is left out of the package. */
    ignores(path, isDirectory) {
        if (path === '' || path === '.' || path === './')
            return false;
        for (const rule of this.rules) {
            const subject = rule.scope === 'basename' ? path.slice(path.lastIndexOf('/') + 1) : path;
            if (rule.negate) {
                if (rule.mustDir && !isDirectory)
                    return true;
                if (!globMatch(rule.pattern, subject))
                    return true;
                continue;
            }
            if (rule.mustDir && !isDirectory)
                continue;
            if (globMatch(rule.pattern, subject))
                return true;
        }
        return false;
    }
}

;// CONCATENATED MODULE: ./shared/src/helm/package.ts










/**
 * Packages a chart directory the way `helm package` lays it out (every file under `<chart name>/`), but
 * reproducibly: entries sorted, one fixed mtime, uid/gid 0, mode 0644, a gzip header without name or time,
 * compressed by a pinned library rather than the runtime's zlib. The same chart therefore always has the same digest.
 */
/** 1980-01-01T00:00:00Z: the reproducible-builds convention (tar tools warn about times near 0). */
const CHART_ENTRY_MTIME = new Date(Date.UTC(1980, 0, 1));
/** Helm refuses to load archives that expand beyond this (loader.MaxDecompressedChartSize). */
const MAX_CHART_BYTES = 100 * 1024 * 1024;
async function walkChart(root, rules) {
    const files = [];
    const visited = new Set([await (0,promises_.realpath)(root)]);
    let total = 0;
    const walk = async (dir, prefix) => {
        let entries;
        try {
            entries = await (0,promises_.readdir)(dir, { withFileTypes: true });
        }
        catch (err) {
            throw new errors/* ConfigurationError */.j1(`Cannot read chart directory ${dir}: ${(0,errors/* errorMessage */.gJ)(err)}`);
        }
        for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
            const full = (0,external_node_path_.join)(dir, entry.name);
            const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
            // Helm follows symbolic links when it loads a chart directory: so does this, once per target.
            const info = await (0,promises_.stat)(full).catch(() => undefined);
            if (!info)
                throw new errors/* ConfigurationError */.j1(`${rel} in the chart is a broken symbolic link; remove it or add it to ${HELMIGNORE}.`);
            if (info.isDirectory()) {
                if (rules.ignores(rel, true))
                    continue;
                const real = await (0,promises_.realpath)(full);
                if (visited.has(real))
                    continue;
                visited.add(real);
                await walk(full, rel);
            }
            else if (info.isFile()) {
                if (rules.ignores(rel, false))
                    continue;
                total += info.size;
                if (total > MAX_CHART_BYTES) {
                    throw new errors/* ConfigurationError */.j1(`The chart's files exceed ${MAX_CHART_BYTES / 1024 / 1024} MiB, more than Helm loads; leave large files out with ${HELMIGNORE}.`);
                }
                files.push({ path: rel, data: await (0,promises_.readFile)(full) });
            }
            else if (!rules.ignores(rel, false)) {
                throw new errors/* ConfigurationError */.j1(`${rel} in the chart is not a regular file (a socket, device or pipe); remove it or add it to ${HELMIGNORE}.`);
            }
        }
    };
    await walk(root, '');
    return files;
}
/** Writes the entries into a tar stream with fixed metadata, then gzips it without name or time. */
async function deterministicTarGz(entries) {
    const tar = (0,tar_stream.pack)();
    const chunks = [];
    const collected = new Promise((resolve, reject) => {
        tar.on('data', (c) => chunks.push(c));
        tar.on('end', () => resolve());
        tar.on('error', reject);
    });
    for (const entry of entries) {
        await new Promise((resolve, reject) => tar.entry({
            name: entry.name,
            size: entry.data.length,
            mode: 0o644,
            mtime: CHART_ENTRY_MTIME,
            uid: 0,
            gid: 0,
            uname: '',
            gname: '',
            type: 'file',
        }, entry.data, (err) => (err ? reject(err) : resolve())));
    }
    tar.finalize();
    await collected;
    // fflate writes a zero mtime, no file name and a fixed OS byte, whatever the platform.
    return Buffer.from((0,esm/* gzipSync */.u3)(Buffer.concat(chunks), { level: 9, mtime: 0 }));
}
/** Reads the entries of a gzip tarball (regular files only), refusing unsafe paths. */
async function readTarGz(bytes, label) {
    let tarBytes;
    try {
        tarBytes = (0,external_node_zlib_.gunzipSync)(bytes, { maxOutputLength: MAX_CHART_BYTES });
    }
    catch (err) {
        if (err.code === 'ERR_BUFFER_TOO_LARGE') {
            throw new errors/* ConfigurationError */.j1(`${label} expands to more than ${MAX_CHART_BYTES / 1024 / 1024} MiB, more than Helm loads.`);
        }
        throw new errors/* ConfigurationError */.j1(`${label} is not a gzip archive: ${(0,errors/* errorMessage */.gJ)(err)}`);
    }
    const files = [];
    const reader = (0,tar_stream.extract)();
    reader.on('entry', (header, stream, next) => {
        const parts = [];
        stream.on('data', (c) => parts.push(c));
        stream.on('end', () => {
            if (header.type === 'file' || header.type === 'contiguous-file') {
                files.push({ path: header.name.replace(/^\.\//, ''), data: Buffer.concat(parts) });
            }
            next();
        });
    });
    try {
        await new Promise((resolve, reject) => {
            reader.on('finish', resolve);
            reader.on('error', reject);
            external_node_stream_.Readable.from([tarBytes]).pipe(reader);
        });
    }
    catch (err) {
        throw new errors/* ConfigurationError */.j1(`${label} is not a valid tar.gz archive: ${(0,errors/* errorMessage */.gJ)(err)}`);
    }
    for (const f of files) {
        if (f.path.startsWith('/') || f.path.split('/').includes('..') || f.path.includes('\\')) {
            throw new errors/* ConfigurationError */.j1(`${label} holds an unsafe path '${f.path}'; repackage the chart.`);
        }
    }
    return files;
}
/** The name a subchart declares: in charts/<dir>/Chart.yaml or inside charts/<file>.tgz. */
async function subchartNames(files, label) {
    const names = new Set();
    for (const f of files) {
        const parts = f.path.split('/');
        if (parts[0] !== 'charts')
            continue;
        if (parts.length === 3 && parts[2] === 'Chart.yaml') {
            names.add(parseChartYaml(f.data.toString('utf8'), `${label}/${f.path}`).name);
        }
        else if (parts.length === 2 && /\.tgz$/.test(parts[1])) {
            const inner = await readTarGz(f.data, `${label}/${f.path}`);
            const chartYaml = inner.find((e) => e.path.split('/').length === 2 && e.path.endsWith('/Chart.yaml'));
            if (chartYaml)
                names.add(parseChartYaml(chartYaml.data.toString('utf8'), `${label}/${f.path}`).name);
        }
    }
    return names;
}
/** As `helm package` does: every dependency of Chart.yaml must be vendored into charts/. */
async function checkDependencies(metadata, files, label) {
    if (!metadata.dependencies?.length)
        return;
    const present = await subchartNames(files, label);
    const missing = metadata.dependencies.filter((d) => !present.has(d.name)).map((d) => d.name);
    if (missing.length) {
        throw new errors/* ConfigurationError */.j1(`${label}: dependencies ${missing.join(', ')} are listed in Chart.yaml but missing from charts/. ` +
            "Run 'helm dependency build' (or vendor the subcharts into charts/) before publishing.");
    }
}
/** Packages a chart directory reproducibly, honouring its .helmignore. */
async function packageChartDirectory(dir) {
    const chartYamlPath = (0,external_node_path_.join)(dir, 'Chart.yaml');
    const chartYaml = await (0,promises_.readFile)(chartYamlPath, 'utf8').catch(() => undefined);
    if (chartYaml === undefined) {
        throw new errors/* ConfigurationError */.j1(`${dir} has no Chart.yaml; point 'path' at a chart directory or a packaged chart .tgz.`);
    }
    const metadata = parseChartYaml(chartYaml, chartYamlPath);
    const ignoreText = await (0,promises_.readFile)((0,external_node_path_.join)(dir, HELMIGNORE), 'utf8').catch(() => undefined);
    const rules = HelmIgnoreRules.parse(ignoreText, (0,external_node_path_.join)(dir, HELMIGNORE));
    const files = await walkChart(dir, rules);
    if (!files.some((f) => f.path === 'Chart.yaml')) {
        throw new errors/* ConfigurationError */.j1(`${(0,external_node_path_.join)(dir, HELMIGNORE)} ignores Chart.yaml; a chart cannot be packaged without it.`);
    }
    await checkDependencies(metadata, files, dir);
    const entries = files
        .map((f) => ({ name: `${metadata.name}/${f.path}`, data: f.data }))
        .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const bytes = await deterministicTarGz(entries);
    return { metadata, bytes, digest: digestOf(bytes), files: entries.map((e) => e.name), origin: 'directory' };
}
/** Reads and validates a packaged chart: one top directory named after the chart, holding Chart.yaml. */
async function readChartArchive(bytes, label) {
    const files = await readTarGz(bytes, label);
    const tops = [...new Set(files.map((f) => f.path.split('/')[0]))];
    if (tops.length !== 1 || files.some((f) => !f.path.includes('/'))) {
        throw new errors/* ConfigurationError */.j1(`${label} is not a packaged chart: its files must all be under one directory named after the chart (found ${tops.slice(0, 5).join(', ') || 'nothing'}).`);
    }
    const top = tops[0];
    const chartYaml = files.find((f) => f.path === `${top}/Chart.yaml`);
    if (!chartYaml)
        throw new errors/* ConfigurationError */.j1(`${label} has no ${top}/Chart.yaml; it is not a packaged chart.`);
    const metadata = parseChartYaml(chartYaml.data.toString('utf8'), `${label}:${top}/Chart.yaml`);
    if (metadata.name !== top) {
        throw new errors/* ConfigurationError */.j1(`${label}: Chart.yaml names the chart '${metadata.name}' but the archive's directory is '${top}'; repackage it with 'helm package'.`);
    }
    const inner = files.map((f) => ({ path: f.path.slice(top.length + 1), data: f.data }));
    await checkDependencies(metadata, inner, label);
    return { metadata, bytes, digest: digestOf(bytes), files: files.map((f) => f.path), origin: 'archive' };
}
/** A chart from `path`: a directory is packaged here, a .tgz is validated and taken as it is. */
async function loadChart(path) {
    const info = await (0,promises_.stat)(path).catch(() => undefined);
    if (!info)
        throw new errors/* ConfigurationError */.j1(`Chart path '${path}' does not exist.`);
    if (info.isDirectory())
        return packageChartDirectory(path);
    return readChartArchive(await (0,promises_.readFile)(path), path);
}

;// CONCATENATED MODULE: ./shared/src/oci/errors.ts
/** A registry answered with an error status; `code` is the distribution-spec error code when it sent one. */
class RegistryError extends Error {
    method;
    url;
    status;
    code;
    retryAfter;
    constructor(method, url, status, code, detail, retryAfter) {
        super(`${method} ${url} answered ${status}${code ? ` ${code}` : ''}${detail ? `: ${detail}` : ''}`);
        this.method = method;
        this.url = url;
        this.status = status;
        this.code = code;
        this.retryAfter = retryAfter;
        this.name = 'RegistryError';
    }
}
/** Every attempt of a request lost its connection: names the registry, the request and the repository. */
class RegistryConnectionError extends Error {
    host;
    operation;
    repository;
    attempts;
    constructor(host, operation, repository, attempts, cause) {
        const detail = connectionDetail(cause);
        super(`The registry ${host} dropped the connection on ${operation}${repository ? ` (repository ${repository})` : ''}` +
            `${attempts ? ` on all ${attempts} attempts` : ''}: ${detail}. Check that ${host} is reachable from the runner.`, { cause });
        this.host = host;
        this.operation = operation;
        this.repository = repository;
        this.attempts = attempts;
        this.name = 'RegistryConnectionError';
    }
}
/** Node's fetch says only 'fetch failed'; the socket error under it says what happened. */
function connectionDetail(err) {
    const parts = [];
    for (let e = err, depth = 0; e && depth < 5; e = e.cause, depth++) {
        const code = e.code;
        const message = e instanceof Error ? e.message : String(e);
        parts.push(code && !message.includes(code) ? `${message} (${code})` : message);
    }
    return parts.join(': ') || 'no answer';
}
/** The repository a distribution API URL addresses (`/v2/<name>/manifests/...`), if it is one. */
function repositoryOfUrl(url) {
    try {
        return /^\/v2\/(.+?)\/(?:blobs|manifests|tags|referrers)\//.exec(new URL(url).pathname)?.[1];
    }
    catch {
        return undefined;
    }
}
/** An upload session the registry no longer accepts at our offset: the blob starts over. */
class UploadRestartError extends Error {
    constructor(reason) {
        super(`blob upload must start over: ${reason}`);
        this.name = 'UploadRestartError';
    }
}
const NETWORK_CODES = new Set([
    'ECONNRESET',
    'ECONNREFUSED',
    'EPIPE',
    'ETIMEDOUT',
    'EAI_AGAIN',
    'UND_ERR_SOCKET',
    'UND_ERR_CLOSED',
    'UND_ERR_CONNECT_TIMEOUT',
    'UND_ERR_HEADERS_TIMEOUT',
    'UND_ERR_BODY_TIMEOUT',
]);
/** A dropped or reset connection (Node's fetch wraps it as `TypeError: fetch failed` with a cause). */
function isNetworkError(err) {
    for (let e = err, depth = 0; e && depth < 5; e = e.cause, depth++) {
        const code = e.code;
        if (code && NETWORK_CODES.has(code))
            return true;
        const message = e instanceof Error ? e.message : '';
        if (/socket hang up|other side closed|terminated|fetch failed|ECONNRESET/i.test(message))
            return true;
    }
    return false;
}
/** Throttling, server errors and dropped connections are worth another attempt; anything else is not. */
function isRetryableRegistryError(err) {
    if (err instanceof RegistryError)
        return err.status === 429 || err.status >= 500;
    if (err instanceof UploadRestartError)
        return true;
    return isNetworkError(err);
}

;// CONCATENATED MODULE: ./shared/src/oci/types.ts
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

;// CONCATENATED MODULE: ./shared/src/helm/push.ts




async function publishedChart(client, repository, tag) {
    const stored = await client.getManifest(repository, tag, `${MEDIA_TYPES.ociManifest}, ${MEDIA_TYPES.ociIndex}`);
    if (!stored)
        return undefined;
    const manifest = JSON.parse(stored.bytes.toString('utf8'));
    const layer = (manifest.layers ?? []).find((l) => l.mediaType === HELM_MEDIA_TYPES.chart || l.mediaType === HELM_MEDIA_TYPES.legacyChart);
    return { digest: stored.digest, chartDigest: layer?.digest, configMediaType: manifest.config?.mediaType ?? '' };
}
/**
 * Pushes a chart version in Helm's OCI layout. A version is immutable: when its tag exists with the same chart
 * archive it is left as it is (a re-run succeeds without writing); with another archive, or when the tag holds
 * something that is not a chart, nothing is written and a ConfigurationError names both digests.
 */
async function pushChart(client, repository, chart, options) {
    const artifact = chartArtifact(chart.metadata, chart.bytes, { created: options.created, source: options.source });
    const { tag } = artifact;
    const ref = `${client.host}/${repository}:${tag}`;
    const existing = await publishedChart(client, repository, tag);
    if (existing) {
        if (existing.configMediaType !== HELM_MEDIA_TYPES.config) {
            throw new errors/* ConfigurationError */.j1(`${ref} already exists (${existing.digest}) and is not a Helm chart (config ${existing.configMediaType || 'none'}). ` +
                'Charts need a repository of their own: check registry.charts in the policy file.');
        }
        if (existing.chartDigest === chart.digest) {
            options.logger.info(`${chart.metadata.name} ${chart.metadata.version} is already published at ${ref} (${existing.digest}); nothing to push.`);
            return { digest: existing.digest, tag, status: 'unchanged', artifact };
        }
        throw new errors/* ConfigurationError */.j1(`${chart.metadata.name} version ${chart.metadata.version} is already published at ${ref} as manifest ${existing.digest} ` +
            `with chart archive ${existing.chartDigest ?? '(none)'}, but this chart's archive is ${chart.digest}. ` +
            'Chart versions are immutable: raise version in Chart.yaml to publish the change.');
    }
    if (options.dryRun)
        return { digest: artifact.manifest.digest, tag, status: 'planned', artifact };
    try {
        await client.pushBlob(repository, artifact.layer, chart.bytes);
        await client.pushBlob(repository, artifact.config.descriptor, artifact.config.bytes);
        await client.putManifest(repository, tag, artifact.manifest);
    }
    catch (err) {
        if (err instanceof RegistryError && err.code === 'NAME_UNKNOWN') {
            throw new errors/* ConfigurationError */.j1(`The chart repository ${client.host}/${repository} does not exist. provision-repo creates one per service of the ` +
                `policy (registry.services) from registry.charts: name the chart after a service, or create the repository.`);
        }
        throw err;
    }
    // Two runs can race to the same new version: whoever's manifest the tag holds now is the published one.
    const after = await publishedChart(client, repository, tag);
    if (after?.digest !== artifact.manifest.digest) {
        if (after?.chartDigest === chart.digest) {
            return { digest: after.digest, tag, status: 'unchanged', artifact };
        }
        throw new errors/* ConfigurationError */.j1(`${ref} was published by another run at the same time as manifest ${after?.digest ?? '(gone)'} with chart archive ${after?.chartDigest ?? '(none)'}; ` +
            `this chart's archive is ${chart.digest}. Chart versions are immutable: raise version in Chart.yaml.`);
    }
    options.logger.info(`Pushed ${chart.metadata.name} ${chart.metadata.version} to ${ref} (${artifact.manifest.digest}).`);
    return { digest: artifact.manifest.digest, tag, status: 'pushed', artifact };
}

;// CONCATENATED MODULE: ./shared/src/helm/publish.ts







/**
 * The time a chart's `created` annotation records: SOURCE_DATE_EPOCH when set (the reproducible-builds
 * convention), else the commit time of the checkout, else now. A re-run of the same commit writes the same time.
 */
function reproducibleCreatedTime(env, cwd, now = () => new Date()) {
    const epoch = env.SOURCE_DATE_EPOCH?.trim();
    if (epoch) {
        if (!/^\d+$/.test(epoch)) {
            throw new errors/* ConfigurationError */.j1(`SOURCE_DATE_EPOCH is '${epoch}'; it must be a number of seconds since 1970.`);
        }
        return new Date(Number(epoch) * 1000);
    }
    try {
        const seconds = (0,external_node_child_process_.execFileSync)('git', ['log', '-1', '--format=%ct'], {
            cwd,
            encoding: 'utf8',
            stdio: ['ignore', 'pipe', 'ignore'],
        }).trim();
        if (/^\d+$/.test(seconds))
            return new Date(Number(seconds) * 1000);
    }
    catch {
        // Not a git checkout (or no git): the clock is all there is.
    }
    return now();
}
/** Loads (or packages) the chart, checks it against the inputs, and names its repository by the policy. */
async function prepareChart(options) {
    const chart = await loadChart(options.path);
    const { name, version } = chart.metadata;
    if (options.name !== undefined && options.name !== name) {
        throw new errors/* ConfigurationError */.j1(`Input 'name' is '${options.name}' but the chart's Chart.yaml names it '${name}'.`);
    }
    if (options.version !== undefined && options.version !== version) {
        throw new errors/* ConfigurationError */.j1(`Input 'version' is '${options.version}' but the chart's Chart.yaml says version '${version}'.`);
    }
    return { chart, repository: (0,src_policy.chartRepositoryName)(options.policy, name) };
}
/** Pushes a prepared chart to its repository (a no-op when that version holds this chart) and signs it. */
async function publishChart(options) {
    const { chart, repository } = options.prepared;
    options.logger.info(`Chart ${chart.metadata.name} ${chart.metadata.version} (${chart.origin === 'directory' ? 'packaged here' : 'packaged archive'}, ${chart.files.length} files, ${chart.digest}) -> ${options.client.host}/${repository}`);
    const push = await pushChart(options.client, repository, chart, {
        created: options.created,
        source: options.source,
        dryRun: options.dryRun,
        logger: options.logger,
    });
    const signature = push.status === 'planned' || !options.sign ? undefined : await options.sign(repository, push.digest);
    return { chart, repository, push, chartUri: chartUri(options.client.host, repository), signature };
}
function shellWord(text) {
    return /^[A-Za-z0-9_./:@=+-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`;
}
/** The commands that install and pull this chart version. */
function helmCommands(result) {
    const { name, version } = result.chart.metadata;
    const v = shellWord(version);
    return {
        install: `helm install ${shellWord(name)} ${result.chartUri} --version ${v}`,
        pull: `helm pull ${result.chartUri} --version ${v}`,
    };
}
/** The job summary of a chart publish (the signature's part is the sign step's own). */
function chartSummary(result, host) {
    const { chart, push } = result;
    const { name, version } = chart.metadata;
    const status = { pushed: 'pushed', unchanged: 'already published, unchanged', planned: 'dry run: nothing written' }[push.status];
    const commands = helmCommands(result);
    return new summary/* SummaryBuilder */.CF()
        .heading(`Helm chart ${name} ${version}`)
        .table(['', ''], [
        ['Chart', result.chartUri],
        ['Version (tag)', `${version} (${push.tag})`],
        ['Manifest digest', push.digest],
        [
            'Chart archive',
            `${chart.digest} (${chart.origin === 'directory' ? 'packaged from the directory' : 'as given'})`,
        ],
        ['Status', status],
    ])
        .code(`${commands.install}\n${commands.pull}`, 'sh')
        .paragraph(`\`helm push\` equivalent: \`helm push ${name}-${version}.tgz ${chartPushNamespace(host, result.repository)}\`.`)
        .toString();
}

;// CONCATENATED MODULE: ./shared/src/oci/reference.ts


const DOCKER_HUB = 'docker.io';
/**
 * Parses an image reference as docker and skopeo do: `redis` is `docker.io/library/redis:latest`,
 * a first component with a dot, a colon or `localhost` is a registry host, `@sha256:...` pins a digest.
 */
function parseImageReference(text) {
    const input = text.trim().replace(/^docker:\/\//, '');
    const fail = (why) => new ConfigurationError(`'${text}' is not an image reference (${why}); write it as [registry/]repository[:tag][@sha256:<digest>].`);
    if (!input)
        throw fail('it is empty');
    let rest = input;
    let digest;
    const at = rest.indexOf('@');
    if (at >= 0) {
        digest = rest.slice(at + 1);
        rest = rest.slice(0, at);
        if (!isDigest(digest))
            throw fail(`'${digest}' is not a sha256 digest`);
    }
    let tag;
    const lastSlash = rest.lastIndexOf('/');
    const colon = rest.lastIndexOf(':');
    if (colon > lastSlash) {
        tag = rest.slice(colon + 1);
        rest = rest.slice(0, colon);
        if (!/^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/.test(tag))
            throw fail(`'${tag}' is not a valid tag`);
    }
    const parts = rest.split('/');
    let registry = DOCKER_HUB;
    if (parts.length > 1 && (/[.:]/.test(parts[0]) || parts[0] === 'localhost')) {
        registry = parts.shift();
    }
    if (registry === 'index.docker.io' || registry === 'registry-1.docker.io')
        registry = DOCKER_HUB;
    let repository = parts.join('/');
    if (registry === DOCKER_HUB && parts.length === 1)
        repository = `library/${repository}`;
    if (!/^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$/.test(repository)) {
        throw fail(`'${repository}' is not a valid repository name (lower case letters, digits, '.', '_', '-', '/')`);
    }
    if (!tag && !digest)
        tag = 'latest';
    return { registry, repository, tag, digest };
}
/** `registry/repository[:tag][@digest]`, the way people write it. */
function formatImageReference(ref) {
    return `${ref.registry}/${ref.repository}${ref.tag ? `:${ref.tag}` : ''}${ref.digest ? `@${ref.digest}` : ''}`;
}
/** The API base URL of a registry host: Docker Hub's API lives elsewhere; loopback hosts speak plain HTTP. */
function registryBaseUrl(host) {
    if (/^https?:\/\//.test(host))
        return host.replace(/\/+$/, '');
    if (host === DOCKER_HUB)
        return 'https://registry-1.docker.io';
    const name = host.replace(/:\d+$/, '');
    const loopback = name === 'localhost' || name === '127.0.0.1' || name === '[::1]';
    return `${loopback ? 'http' : 'https'}://${host}`;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(46466);
// EXTERNAL MODULE: ./node_modules/p-limit/index.js
var p_limit = __webpack_require__(58890);
var p_limit_default = /*#__PURE__*/__webpack_require__.n(p_limit);
// EXTERNAL MODULE: ./shared/src/runtime/retry.ts
var retry = __webpack_require__(24290);
;// CONCATENATED MODULE: ./shared/src/oci/auth.ts

/** Parses a WWW-Authenticate header: `Bearer realm="https://auth.docker.io/token",service="...",scope="..."`. */
function parseAuthChallenge(header) {
    if (!header)
        return undefined;
    const match = /^\s*(\w+)\s*(.*)$/s.exec(header);
    if (!match)
        return undefined;
    const scheme = match[1].toLowerCase();
    if (scheme !== 'basic' && scheme !== 'bearer')
        return undefined;
    const params = {};
    const paramPattern = /([A-Za-z_]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,]*))\s*,?\s*/g;
    for (let m = paramPattern.exec(match[2]); m; m = paramPattern.exec(match[2])) {
        params[m[1].toLowerCase()] = m[2] !== undefined ? m[2].replace(/\\(.)/g, '$1') : m[3];
    }
    return { scheme, realm: params.realm, service: params.service, scope: params.scope };
}
/** The token scope of an operation on a repository. */
function repositoryScope(repository, actions) {
    return `repository:${repository}:${actions}`;
}
/** A private ECR registry's host (IPv4, dual-stack and FIPS endpoints): it takes Basic authentication only. */
const ECR_HOST = /^\d{12}\.dkr(-fips)?[.-]ecr(-fips)?\.[a-z0-9-]+\.(amazonaws\.com(\.cn)?|on\.aws)$/;
function isPrivateEcrHost(host) {
    return ECR_HOST.test(host);
}
/**
 * Answers the registry's challenge: basic credentials as they are, or a bearer token fetched from the
 * challenge's realm (with the credentials, or anonymously) and kept per scope until it expires.
 */
class RegistryAuthenticator {
    host;
    source;
    logger;
    fetchImpl;
    now;
    challenge;
    credentials;
    credentialsLoaded = false;
    tokens = new Map();
    constructor(host, source, logger, fetchImpl, now = Date.now) {
        this.host = host;
        this.source = source;
        this.logger = logger;
        this.fetchImpl = fetchImpl;
        this.now = now;
        // ECR answers every request without credentials with the same Basic challenge: send them from the first one.
        if (source && isPrivateEcrHost(host))
            this.challenge = { scheme: 'basic' };
    }
    /** Whether a challenge has been seen, so that requests can carry credentials from the start. */
    get knowsScheme() {
        return this.challenge !== undefined;
    }
    /** Learns the registry's scheme from a 401 answer. */
    learn(header) {
        const challenge = parseAuthChallenge(header);
        if (!challenge) {
            throw new errors/* ConfigurationError */.j1(`The registry ${this.host} asked for authentication with a scheme this action does not speak ('${header ?? ''}'); it supports Basic and Bearer token authentication.`);
        }
        this.challenge = challenge;
    }
    /** The Authorization header for a set of scopes, or undefined for anonymous access. */
    async header(scopes) {
        if (!this.challenge)
            return undefined;
        const credentials = await this.loadCredentials();
        if (this.challenge.scheme === 'basic') {
            if (!credentials) {
                throw new errors/* ConfigurationError */.j1(`The registry ${this.host} requires a user name and password. Set REGISTRY_USERNAME and REGISTRY_PASSWORD in the step's env.`);
            }
            return `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64')}`;
        }
        const key = [...scopes].sort().join(' ');
        const cached = this.tokens.get(key);
        if (cached) {
            const token = await cached;
            if (token.expiresAt > this.now())
                return token.header;
        }
        // Requests in flight at once share one token request per scope.
        const pending = this.fetchToken(scopes, credentials);
        this.tokens.set(key, pending);
        pending.catch(() => this.tokens.delete(key));
        return (await pending).header;
    }
    /** Forgets tokens and fetched credentials after the registry refused them, so the next try starts afresh. */
    async refresh() {
        this.tokens.clear();
        if (typeof this.source === 'function') {
            this.credentialsLoaded = false;
            this.credentials = undefined;
        }
    }
    async loadCredentials() {
        if (!this.credentialsLoaded) {
            this.credentials = typeof this.source === 'function' ? await this.source() : this.source;
            if (this.credentials?.password)
                this.logger.setSecret(this.credentials.password);
            this.credentialsLoaded = true;
        }
        return this.credentials;
    }
    async fetchToken(scopes, credentials) {
        const { realm, service } = this.challenge;
        if (!realm)
            throw new Error(`The registry ${this.host} sent a Bearer challenge without a realm.`);
        const url = new URL(realm);
        if (service)
            url.searchParams.set('service', service);
        for (const scope of scopes)
            url.searchParams.append('scope', scope);
        const headers = {};
        if (credentials) {
            headers.authorization = `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64')}`;
        }
        const res = await this.fetchImpl(url, { headers });
        const text = await res.text();
        if (res.status === 401 || res.status === 403) {
            throw new errors/* ConfigurationError */.j1(`The token service ${url.origin} of ${this.host} refused ${credentials ? `the credentials of '${credentials.username}'` : 'anonymous access'} for ${scopes.join(' ')} (${res.status}). ${credentials ? 'Check REGISTRY_USERNAME and REGISTRY_PASSWORD.' : 'Set REGISTRY_USERNAME and REGISTRY_PASSWORD if the image is private.'}`);
        }
        if (!res.ok)
            throw new Error(`The token service ${url.origin} answered ${res.status}: ${text.slice(0, 200)}`);
        const body = JSON.parse(text);
        const token = body.token ?? body.access_token;
        if (!token)
            throw new Error(`The token service ${url.origin} answered without a token.`);
        this.logger.setSecret(token);
        // Tokens default to 60 s by the spec; renew a little early so a request never carries an expired one.
        const lifetime = Math.max(10, (body.expires_in ?? 60) - 10) * 1000;
        return { header: `Bearer ${token}`, expiresAt: this.now() + lifetime };
    }
}

;// CONCATENATED MODULE: ./shared/src/oci/chunks.ts
/** The arithmetic of chunked blob uploads (distribution-spec `PATCH` with `Content-Range`). */
const DEFAULT_CHUNK_SIZE = 16 * 1024 * 1024;
/** ECR refuses upload parts under 5 MiB (except the last one). */
const MIN_CHUNK_SIZE = (/* unused pure expression or super */ null && (5 * 1024 * 1024));
/** The `Content-Range` of bytes [start, start+length): inclusive, without a unit, as registries expect. */
function contentRange(start, length) {
    return `${start}-${start + length - 1}`;
}
/**
 * How many bytes a registry holds of an upload, from its `Range: 0-<last>` header. distribution answers
 * `0-0` for an empty upload, so `0-0` counts as nothing (at worst one byte is sent again and refused).
 */
function receivedBytes(range) {
    if (!range)
        return 0;
    const m = /^(?:bytes=)?0-(\d+)$/.exec(range.trim());
    if (!m)
        return 0;
    const last = Number(m[1]);
    return last === 0 ? 0 : last + 1;
}
/** The [start, end) byte ranges of a blob of `size` bytes cut into chunks. */
function chunkRanges(size, chunkSize) {
    const out = [];
    for (let start = 0; start < size; start += chunkSize)
        out.push({ start, end: Math.min(size, start + chunkSize) });
    return out;
}
/** Reads a stream as buffers of exactly `size` bytes (the last one shorter), holding one chunk at a time. */
async function* readChunks(stream, size) {
    let pending = [];
    let pendingBytes = 0;
    for await (const piece of stream) {
        let buf = typeof piece === 'string' ? Buffer.from(piece) : piece;
        while (buf.length > 0) {
            const take = Math.min(size - pendingBytes, buf.length);
            pending.push(buf.subarray(0, take));
            pendingBytes += take;
            buf = buf.subarray(take);
            if (pendingBytes === size) {
                yield Buffer.concat(pending, pendingBytes);
                pending = [];
                pendingBytes = 0;
            }
        }
    }
    if (pendingBytes > 0)
        yield Buffer.concat(pending, pendingBytes);
}

;// CONCATENATED MODULE: ./shared/src/oci/registry.ts












/** The chunks of a blob body, each read once and hashed by the caller. */
async function* bodyChunks(body, chunkSize) {
    if (Buffer.isBuffer(body)) {
        for (let at = 0; at < body.length; at += chunkSize)
            yield body.subarray(at, at + chunkSize);
        return;
    }
    if (typeof body === 'function') {
        const stream = body();
        try {
            yield* readChunks(stream, chunkSize);
        }
        finally {
            stream.destroy?.();
        }
        return;
    }
    const handle = await (0,promises_.open)(body.file, 'r');
    try {
        for (let position = 0;;) {
            const buffer = Buffer.allocUnsafe(chunkSize);
            let filled = 0;
            while (filled < chunkSize) {
                const { bytesRead } = await handle.read(buffer, filled, chunkSize - filled, position + filled);
                if (bytesRead === 0)
                    break;
                filled += bytesRead;
            }
            if (filled === 0)
                return;
            position += filled;
            yield filled === chunkSize ? buffer : buffer.subarray(0, filled);
            if (filled < chunkSize)
                return;
        }
    }
    finally {
        await handle.close();
    }
}
const OCTET_STREAM = 'application/octet-stream';
const MAX_UPLOAD_RESTARTS = 4;
/** A client of the OCI distribution API: auth, blob uploads that survive faults, manifests, tags, referrers. */
class RegistryClient {
    options;
    baseUrl;
    /** host[:port] as it appears in image references. */
    host;
    stats = {
        requests: 0,
        retries: 0,
        resumes: 0,
        restarts: 0,
        blobsUploaded: 0,
        blobsMounted: 0,
        blobsSkipped: 0,
        bytesUploaded: 0,
    };
    chunkSize;
    auth;
    limit;
    fetchImpl;
    logger;
    constructor(options) {
        this.options = options;
        this.baseUrl = options.baseUrl.replace(/\/+$/, '');
        this.host = new URL(this.baseUrl).host;
        this.logger = options.logger;
        this.fetchImpl = options.fetchImpl ?? fetch;
        this.chunkSize = options.chunkSize ?? DEFAULT_CHUNK_SIZE;
        this.limit = p_limit_default()(Math.max(1, options.concurrency ?? 4));
        this.auth = new RegistryAuthenticator(this.host, options.credentials, options.logger, this.fetchImpl);
    }
    // ---- blobs ----
    async headBlob(repo, digest) {
        const res = await this.call('HEAD', this.path(repo, `blobs/${digest}`), {
            scopes: [repositoryScope(repo, 'pull')],
            expect: [200, 404],
        });
        return res.status === 200;
    }
    /**
     * Puts a blob into a repository unless it is there already: mounted from the first of `mountFrom` when that
     * sibling repository has it,
     * else uploaded in one request (small) or in chunks that resume from the registry's offset after a fault.
     * The bytes are hashed as they pass; content that does not match its digest is never committed.
     */
    pushBlob(repo, desc, body, opts = {}) {
        return this.limit(async () => {
            if (await this.headBlob(repo, desc.digest)) {
                this.stats.blobsSkipped++;
                return 'exists';
            }
            // The mount rides on the POST that starts an upload anyway: if the sibling lacks the blob, the registry
            // opens a plain upload session instead, so trying costs no extra request.
            let session;
            const from = (opts.mountFrom ?? []).find((r) => r !== repo);
            if (from) {
                const mounted = await this.mountBlob(repo, from, desc.digest);
                if (mounted === true) {
                    this.stats.blobsMounted++;
                    return 'mounted';
                }
                session = mounted;
            }
            if (desc.size <= this.chunkSize)
                await this.uploadMonolithic(repo, desc, body, session);
            else
                await this.uploadChunkedWithRestarts(repo, desc, body, session);
            this.stats.blobsUploaded++;
            return 'uploaded';
        });
    }
    /** A blob's bytes, checked against its digest. */
    async getBlob(repo, digest) {
        return this.retrying(async () => {
            const res = await this.send('GET', this.path(repo, `blobs/${digest}`), {
                scopes: [repositoryScope(repo, 'pull')],
                expect: [200],
            });
            const bytes = Buffer.from(await res.arrayBuffer());
            const actual = digestOf(bytes);
            if (actual !== digest)
                throw new Error(`Blob ${digest} of ${this.host}/${repo} arrived with digest ${actual}.`);
            return bytes;
        });
    }
    /**
     * A stream of a blob's bytes, returned at once and filled as the download arrives (for mirroring, so a blob
     * passes from one registry to the other without a temporary file). The receiving upload checks the digest.
     */
    blobStream(repo, digest) {
        const out = new external_node_stream_.PassThrough();
        void this.retrying(() => this.send('GET', this.path(repo, `blobs/${digest}`), { scopes: [repositoryScope(repo, 'pull')], expect: [200] }))
            .then((res) => (0,external_node_stream_promises_.pipeline)(external_node_stream_.Readable.fromWeb(res.body), out), (err) => out.destroy(err instanceof Error ? err : new Error(String(err))))
            .catch((err) => out.destroy(err instanceof Error ? err : new Error(String(err))));
        return out;
    }
    /** Streams a blob into a file, checked against its digest; a dropped download starts again. */
    async downloadBlob(repo, digest, file) {
        return this.retrying(async () => {
            const res = await this.send('GET', this.path(repo, `blobs/${digest}`), {
                scopes: [repositoryScope(repo, 'pull')],
                expect: [200],
            });
            const hash = new DigestAccumulator();
            const out = (0,external_node_fs_.createWriteStream)(file);
            try {
                for await (const piece of res.body) {
                    const buf = Buffer.from(piece.buffer, piece.byteOffset, piece.byteLength);
                    hash.update(buf);
                    if (!out.write(buf))
                        await new Promise((resolve) => out.once('drain', () => resolve()));
                }
                out.end();
                await (0,external_node_stream_promises_.finished)(out);
            }
            catch (err) {
                out.destroy();
                await (0,promises_.rm)(file, { force: true });
                throw err;
            }
            const actual = hash.digest();
            if (actual !== digest)
                throw new Error(`Blob ${digest} of ${this.host}/${repo} arrived with digest ${actual}.`);
            return hash.bytes;
        });
    }
    // ---- manifests ----
    /** A manifest's exact bytes, or undefined when the reference does not exist; checked when asked by digest. */
    async getManifest(repo, reference, accept = MANIFEST_ACCEPT) {
        return this.retrying(async () => {
            const res = await this.send('GET', this.path(repo, `manifests/${reference}`), {
                scopes: [repositoryScope(repo, 'pull')],
                headers: { accept },
                expect: [200, 404],
            });
            if (res.status === 404) {
                await drain(res);
                return undefined;
            }
            const bytes = Buffer.from(await res.arrayBuffer());
            const digest = digestOf(bytes);
            if (digest_isDigest(reference) && digest !== reference) {
                throw new Error(`Manifest ${reference} of ${this.host}/${repo} arrived with digest ${digest}.`);
            }
            return { bytes, digest, mediaType: manifestMediaType(res.headers.get('content-type'), bytes) };
        });
    }
    async headManifest(repo, reference) {
        const res = await this.call('HEAD', this.path(repo, `manifests/${reference}`), {
            scopes: [repositoryScope(repo, 'pull')],
            headers: { accept: MANIFEST_ACCEPT },
            expect: [200, 404],
        });
        if (res.status === 404)
            return undefined;
        const digest = res.headers.get('docker-content-digest');
        if (!digest) {
            // Some registries leave the digest out of HEAD answers: read the bytes instead.
            const stored = await this.getManifest(repo, reference);
            return stored && { digest: stored.digest, mediaType: stored.mediaType, size: stored.bytes.length };
        }
        return {
            digest,
            mediaType: (res.headers.get('content-type') ?? '').split(';')[0].trim(),
            size: Number(res.headers.get('content-length') ?? 0),
        };
    }
    /** Stores a manifest under a tag or its digest; the digest is computed over the exact bytes sent. */
    async putManifest(repo, reference, manifest) {
        const digest = digestOf(manifest.bytes);
        if (digest_isDigest(reference) && reference !== digest) {
            throw new Error(`Manifest bytes hash to ${digest}, not to the reference ${reference} they were put under.`);
        }
        const res = await this.call('PUT', this.path(repo, `manifests/${reference}`), {
            scopes: [repositoryScope(repo, 'pull,push')],
            headers: { 'content-type': manifest.mediaType },
            body: manifest.bytes,
            expect: [201, 200],
            // The bytes were checked against the reference above, so DIGEST_INVALID here is the registry's own state:
            // a filesystem-backed registry reads a blob link another push is rewriting at that instant.
            retryAlso: (err) => err instanceof RegistryError && err.status === 400 && err.code === 'DIGEST_INVALID',
        });
        const answered = res.headers.get('docker-content-digest');
        if (answered && answered !== digest) {
            throw new Error(`${this.host}/${repo} stored the manifest as ${answered}, but its bytes hash to ${digest}.`);
        }
        return { digest, subjectHeader: res.headers.get('oci-subject') ?? undefined };
    }
    async deleteManifest(repo, digest) {
        const res = await this.call('DELETE', this.path(repo, `manifests/${digest}`), {
            scopes: [`repository:${repo}:pull,push,delete`],
            expect: [200, 202, 404],
        });
        return res.status !== 404;
    }
    /** Every tag of a repository (following `Link` pages); none when the repository does not exist. */
    async listTags(repo) {
        const tags = [];
        let next = `${this.path(repo, 'tags/list')}?n=1000`;
        while (next) {
            const url = next;
            const page = await this.retrying(async () => {
                const res = await this.send('GET', url, { scopes: [repositoryScope(repo, 'pull')], expect: [200, 404] });
                if (res.status === 404) {
                    await drain(res);
                    return undefined;
                }
                return { body: (await res.json()), link: res.headers.get('link') };
            });
            if (!page)
                return [];
            tags.push(...(page.body.tags ?? []));
            const link = nextPageLink(page.link);
            next = link ? new URL(link, `${this.baseUrl}/`).toString() : undefined;
        }
        return tags;
    }
    /** The referrers of a manifest from the registry's referrers API; undefined when the registry has none. */
    async referrersApi(repo, digest, artifactType) {
        const query = artifactType ? `?artifactType=${encodeURIComponent(artifactType)}` : '';
        return this.retrying(async () => {
            const res = await this.send('GET', `${this.path(repo, `referrers/${digest}`)}${query}`, {
                scopes: [repositoryScope(repo, 'pull')],
                headers: { accept: MEDIA_TYPES.ociIndex },
                expect: [200, 404, 405],
            });
            if (res.status !== 200 || !(res.headers.get('content-type') ?? '').includes('json')) {
                await drain(res);
                return undefined;
            }
            return (await res.json());
        });
    }
    // ---- uploads ----
    async startUpload(repo) {
        const res = await this.call('POST', this.path(repo, 'blobs/uploads/'), {
            scopes: [repositoryScope(repo, 'pull,push')],
            expect: [202],
        });
        return this.location(res);
    }
    /** true when mounted; otherwise the upload session the registry opened instead. */
    async mountBlob(repo, from, digest) {
        try {
            const query = `?mount=${encodeURIComponent(digest)}&from=${encodeURIComponent(from)}`;
            const res = await this.call('POST', `${this.path(repo, 'blobs/uploads/')}${query}`, {
                scopes: [repositoryScope(repo, 'pull,push'), repositoryScope(from, 'pull')],
                expect: [201, 202],
            });
            if (res.status === 201)
                return true;
            return this.location(res);
        }
        catch (err) {
            // A registry without mounts (or without permission on the sibling) still takes a plain upload.
            this.logger.debug(`Mounting ${digest} from ${from} failed, uploading it instead: ${String(err)}`);
            return undefined;
        }
    }
    async uploadMonolithic(repo, desc, body, session) {
        const bytes = Buffer.isBuffer(body) ? body : await readAll(body, desc.size);
        this.checkContent(repo, desc, bytes.length, digestOf(bytes));
        let location = session;
        await this.retrying(async () => {
            const target = location ?? (await this.startUpload(repo));
            location = undefined;
            await drain(await this.send('PUT', withQuery(target, { digest: desc.digest }), {
                scopes: [repositoryScope(repo, 'pull,push')],
                headers: { 'content-type': OCTET_STREAM },
                body: bytes,
                expect: [201],
            }));
        });
        this.stats.bytesUploaded += bytes.length;
    }
    async uploadChunkedWithRestarts(repo, desc, body, session) {
        for (let restarts = 0;; restarts++) {
            try {
                await this.uploadChunked(repo, desc, body, restarts === 0 ? session : undefined);
                return;
            }
            catch (err) {
                if (!(err instanceof UploadRestartError) || restarts >= MAX_UPLOAD_RESTARTS)
                    throw err;
                this.stats.restarts++;
                this.logger.debug(`${desc.digest}: ${err.message}`);
            }
        }
    }
    async uploadChunked(repo, desc, body, session) {
        let location = session ?? (await this.startUpload(repo));
        const hash = new DigestAccumulator();
        const scopes = [repositoryScope(repo, 'pull,push')];
        let offset = 0;
        for await (const chunk of bodyChunks(body, this.chunkSize)) {
            hash.update(chunk);
            const start = offset;
            location = await this.retrying(async (attempt) => {
                let skip = 0;
                if (attempt > 1) {
                    // Ask how much arrived before the fault and send only the rest of this chunk.
                    const status = await this.uploadStatus(location, scopes);
                    if (status.received < start || status.received > start + chunk.length) {
                        throw new UploadRestartError(`the registry holds ${status.received} bytes, expected ${start} to ${start + chunk.length}`);
                    }
                    location = status.location;
                    skip = status.received - start;
                    this.stats.resumes++;
                    if (skip === chunk.length)
                        return location;
                }
                const part = chunk.subarray(skip);
                const res = await this.send('PATCH', location, {
                    scopes,
                    headers: { 'content-type': OCTET_STREAM, 'content-range': contentRange(start + skip, part.length) },
                    body: part,
                    expect: [202, 404, 400, 416],
                });
                if (res.status !== 202)
                    throw await restartFrom(res, 'PATCH');
                this.stats.bytesUploaded += part.length;
                return this.location(res);
            }, (err) => !(err instanceof UploadRestartError));
            offset += chunk.length;
        }
        if (offset !== desc.size || hash.digest() !== desc.digest) {
            await this.send('DELETE', location, { scopes, expect: [204, 404, 400, 202] }).then(drain, () => undefined);
        }
        this.checkContent(repo, desc, offset, hash.digest());
        await this.retrying(async (attempt) => {
            // A PUT whose answer was lost may have committed the blob already.
            if (attempt > 1 && (await this.headBlob(repo, desc.digest)))
                return;
            const res = await this.send('PUT', withQuery(location, { digest: desc.digest }), {
                scopes,
                headers: { 'content-type': OCTET_STREAM },
                expect: [201, 404, 400, 416],
            });
            if (res.status !== 201)
                throw await restartFrom(res, 'PUT');
            await drain(res);
        });
    }
    async uploadStatus(location, scopes) {
        const res = await this.send('GET', location, { scopes, expect: [204, 200, 404, 400] });
        if (res.status === 404 || res.status === 400)
            throw await restartFrom(res, 'GET upload status of');
        await drain(res);
        return { location: this.location(res, location), received: receivedBytes(res.headers.get('range')) };
    }
    checkContent(repo, desc, size, digest) {
        if (digest !== desc.digest || size !== desc.size) {
            throw new errors/* ConfigurationError */.j1(`The image's blob ${desc.digest} (${desc.size} bytes) holds ${size} bytes with digest ${digest}: the image source is corrupt or was changed while it was read. Rebuild or re-export the image; nothing was written to ${this.host}/${repo} for this blob.`);
        }
    }
    // ---- HTTP ----
    path(repo, rest) {
        return `${this.baseUrl}/v2/${repo}/${rest}`;
    }
    location(res, fallback) {
        const loc = res.headers.get('location');
        if (!loc) {
            if (fallback)
                return fallback;
            throw new Error(`${this.host} answered ${res.status} without a Location header.`);
        }
        return new URL(loc, `${this.baseUrl}/`).toString();
    }
    retrying(operation, retryable = () => true, retryAlso = () => false) {
        const attempts = this.options.attempts ?? 6;
        return (0,retry/* withRetry */.bD)(operation, {
            attempts,
            baseDelayMs: 500,
            maxDelayMs: 20_000,
            retryable: (err) => (isRetryableRegistryError(err) && retryable(err)) || retryAlso(err),
            retryAfterMs: (err) => (err instanceof RegistryError ? (0,retry/* parseRetryAfter */.mu)(err.retryAfter) : undefined),
            onRetry: (err, attempt, delay) => {
                this.stats.retries++;
                this.logger.debug(`${this.host}: attempt ${attempt} failed (${String(err)}); retrying in ${delay} ms.`);
            },
            sleep: this.options.sleep,
            random: this.options.random,
        }).catch((err) => {
            // The retries are spent: a dropped connection must still say which registry and request it was.
            if (err instanceof RegistryConnectionError) {
                if (err.attempts)
                    throw err;
                throw new RegistryConnectionError(err.host, err.operation, err.repository, attempts, err.cause);
            }
            if (isNetworkError(err)) {
                throw new RegistryConnectionError(this.host, 'reading an answer', undefined, attempts, err);
            }
            throw err;
        });
    }
    /** One request with retries whose answer is in its status and headers (the body is discarded). */
    call(method, url, opts) {
        return this.retrying(async () => {
            const res = await this.send(method, url, opts);
            await drain(res);
            return res;
        }, undefined, opts.retryAlso);
    }
    /** One request: authenticated, re-authenticated once after a 401, its status checked against `expect`. */
    async send(method, url, opts) {
        const attempt = async () => {
            const headers = { ...opts.headers };
            const authorization = await this.auth.header(opts.scopes);
            if (authorization)
                headers.authorization = authorization;
            this.stats.requests++;
            try {
                return await this.fetchImpl(url, { method, headers, body: opts.body, redirect: 'follow' });
            }
            catch (err) {
                if (!isNetworkError(err))
                    throw err;
                throw new RegistryConnectionError(this.host, `${method} ${new URL(url).pathname}`, repositoryOfUrl(url), undefined, err);
            }
        };
        let res = await attempt();
        // The first 401 teaches the scheme (or says a token expired); the second fetches fresh credentials.
        for (let reauth = 0; res.status === 401; reauth++) {
            await drain(res);
            if (reauth === 2) {
                throw new errors/* ConfigurationError */.j1(`The registry ${this.host} refused the credentials for ${method} ${new URL(url).pathname}${repositoryOfUrl(url) ? ` (repository ${repositoryOfUrl(url)})` : ''}. Check REGISTRY_USERNAME/REGISTRY_PASSWORD, or for ECR that the role may call ecr:GetAuthorizationToken.`);
            }
            if (this.auth.knowsScheme)
                await this.auth.refresh();
            this.auth.learn(res.headers.get('www-authenticate'));
            res = await attempt();
        }
        if (opts.expect.includes(res.status))
            return res;
        const text = await res.text().catch(() => '');
        const { code, message } = registryErrorBody(text);
        if (res.status === 403) {
            // A HEAD answer has no body: the status alone must say what to fix.
            const repo = repositoryOfUrl(url);
            const action = isPrivateEcrHost(this.host) ? ecrActionFor(method, url) : undefined;
            throw new errors/* ConfigurationError */.j1(`The registry ${this.host} denied ${method} ${new URL(url).pathname} (403 ${code ?? 'DENIED'}${message ? `: ${message}` : ''}). ` +
                `Check the credentials or permissions for ${repo ? `the repository ${repo}` : 'this repository'} on ${this.host}` +
                `${action ? `: the role needs ${action} on it` : " (see the action's README for the IAM actions it needs)"}.`);
        }
        throw new RegistryError(method, url, res.status, code, message ?? text.slice(0, 200), res.headers.get('retry-after') ?? undefined);
    }
}
/** The ECR IAM action a distribution API request needs, so that a 403 can name it. */
function ecrActionFor(method, url) {
    const path = new URL(url).pathname;
    if (/\/blobs\/uploads\//.test(path)) {
        if (method === 'POST')
            return 'ecr:InitiateLayerUpload';
        if (method === 'PATCH')
            return 'ecr:UploadLayerPart';
        return 'ecr:CompleteLayerUpload';
    }
    if (/\/blobs\//.test(path))
        return method === 'HEAD' ? 'ecr:BatchCheckLayerAvailability' : 'ecr:GetDownloadUrlForLayer';
    if (/\/tags\/list$/.test(path))
        return 'ecr:ListImages';
    if (/\/manifests\//.test(path)) {
        if (method === 'PUT')
            return 'ecr:PutImage';
        if (method === 'DELETE')
            return 'ecr:BatchDeleteImage';
        return 'ecr:BatchGetImage';
    }
    return 'ecr:BatchGetImage';
}
/** A small blob's bytes in one buffer (a little more than its size, to notice a source longer than it says). */
async function readAll(body, size) {
    const parts = [];
    let total = 0;
    for await (const chunk of bodyChunks(body, size + 1)) {
        parts.push(chunk);
        total += chunk.length;
        if (total > size)
            break;
    }
    return parts.length === 1 ? parts[0] : Buffer.concat(parts);
}
async function drain(res) {
    try {
        await res.arrayBuffer();
    }
    catch {
        // The body of an answer we do not need may be cut off; nothing depends on it.
    }
}
async function restartFrom(res, what) {
    const { code } = registryErrorBody(await res.text().catch(() => ''));
    return new UploadRestartError(`${what} the upload answered ${res.status}${code ? ` ${code}` : ''}`);
}
function registryErrorBody(text) {
    try {
        const body = JSON.parse(text);
        const first = body.errors?.[0];
        return { code: first?.code, message: first?.message };
    }
    catch {
        return {};
    }
}
function withQuery(url, params) {
    const u = new URL(url);
    for (const [k, v] of Object.entries(params))
        u.searchParams.set(k, v);
    return u.toString();
}
/** The `rel="next"` target of a Link header, resolved by the caller against the registry. */
function nextPageLink(link) {
    if (!link)
        return undefined;
    const m = /<([^>]+)>\s*;\s*rel="?next"?/.exec(link);
    return m ? m[1] : undefined;
}
/** The media type of a manifest from its Content-Type, else from its own mediaType field. */
function manifestMediaType(contentType, bytes) {
    const fromHeader = (contentType ?? '').split(';')[0].trim();
    if (fromHeader && fromHeader !== 'application/json' && fromHeader !== 'text/plain')
        return fromHeader;
    try {
        const parsed = JSON.parse(bytes.toString('utf8'));
        if (parsed.mediaType)
            return parsed.mediaType;
        return parsed.manifests ? MEDIA_TYPES.ociIndex : MEDIA_TYPES.ociManifest;
    }
    catch {
        return fromHeader;
    }
}

;// CONCATENATED MODULE: ./shared/src/oci/session.ts



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
            throw new errors/* ConfigurationError */.j1(`Input 'registry' is '${opts.registryInput}'; a registry speaks http or https, not ${scheme}: write https://<host>[:port] (or http:// for a local registry).`);
        }
        try {
            baseUrl = registryBaseUrl(opts.registryInput);
            new URL(baseUrl);
        }
        catch {
            throw new errors/* ConfigurationError */.j1(`Input 'registry' is '${opts.registryInput}'; it must be a registry URL such as https://registry.example.com or http://127.0.0.1:5000.`);
        }
        const username = env.REGISTRY_USERNAME;
        const password = env.REGISTRY_PASSWORD;
        if (password)
            logger.setSecret(password);
        if (Boolean(username) !== Boolean(password)) {
            throw new errors/* ConfigurationError */.j1('Set both REGISTRY_USERNAME and REGISTRY_PASSWORD in the step env, or neither.');
        }
        const credentials = username && password ? { username, password } : undefined;
        const client = new RegistryClient({ ...opts.client, baseUrl, credentials, logger });
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
    const client = new RegistryClient({ ...opts.client, baseUrl: first.endpoint, credentials, logger });
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
            throw new errors/* ConfigurationError */.j1(`ECR GetAuthorizationToken was refused (${name}): ${err.message}. The role needs 'ecr:GetAuthorizationToken' on resource '*'.`);
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

;// CONCATENATED MODULE: ./shared/src/runtime/github-context.ts

/** Reads the GitHub context from the runner's environment variables and event payload. */
function gitContextFromEnv(env = process.env) {
    let headSha;
    if (env.GITHUB_EVENT_PATH) {
        try {
            const event = JSON.parse((0,external_node_fs_.readFileSync)(env.GITHUB_EVENT_PATH, 'utf8'));
            headSha = event.pull_request?.head?.sha;
        }
        catch {
            // No readable payload (local runs): the environment alone is enough.
        }
    }
    return {
        eventName: env.GITHUB_EVENT_NAME ?? '',
        ref: env.GITHUB_REF ?? '',
        sha: env.GITHUB_SHA ?? '',
        headRef: env.GITHUB_HEAD_REF ?? '',
        headSha,
        repository: env.GITHUB_REPOSITORY ?? '',
        runId: env.GITHUB_RUN_ID,
        serverUrl: env.GITHUB_SERVER_URL,
        workflowRef: env.GITHUB_WORKFLOW_REF,
    };
}

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

;// CONCATENATED MODULE: ./shared/src/oci/referrers.ts



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
        digest: digestOf(blob.bytes),
        size: blob.bytes.length,
        ...(blob.annotations && Object.keys(blob.annotations).length ? { annotations: blob.annotations } : {}),
    };
}
/** The manifest of an artifact that refers to a subject, as the image spec 1.1 lays it out. */
function referrerManifest(subject, artifact) {
    const config = artifact.config ?? { mediaType: MEDIA_TYPES.ociEmpty, bytes: EMPTY_CONFIG };
    return {
        schemaVersion: 2,
        mediaType: MEDIA_TYPES.ociManifest,
        artifactType: artifact.artifactType,
        config: descriptorOf(config),
        layers: artifact.layers.map(descriptorOf),
        subject: { mediaType: subject.mediaType, digest: subject.digest, size: subject.size },
        ...(artifact.annotations && Object.keys(artifact.annotations).length ? { annotations: artifact.annotations } : {}),
    };
}
/** Reads the referrers tag schema index of a digest; undefined when the tag does not exist. */
async function readTagIndex(client, repository, digest) {
    const stored = await client.getManifest(repository, referrersTag(digest), MEDIA_TYPES.ociIndex);
    if (!stored)
        return undefined;
    const parsed = JSON.parse(stored.bytes.toString('utf8'));
    if (!Array.isArray(parsed.manifests)) {
        throw new errors/* ConfigurationError */.j1(`Tag '${referrersTag(digest)}' in '${repository}' is not an OCI image index, so it cannot hold the referrers of ${digest}. ` +
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
    const sig = await client.getManifest(repository, tag, `${MEDIA_TYPES.ociManifest}, ${MEDIA_TYPES.dockerManifest}`);
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
        throw new errors/* ConfigurationError */.j1(`${repository}@${digest} already has ${count} referrers (signatures, attestations, attachments); ECR keeps at most ${MAX_REFERRERS} per image. ` +
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
        return index ?? { schemaVersion: 2, mediaType: MEDIA_TYPES.ociIndex, manifests };
    }
    return {
        ...(index ?? {}),
        schemaVersion: 2,
        mediaType: MEDIA_TYPES.ociIndex,
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
            mediaType: MEDIA_TYPES.ociIndex,
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
    const digest = digestOf(bytes);
    const descriptor = {
        mediaType: MEDIA_TYPES.ociManifest,
        digest,
        size: bytes.length,
        artifactType: artifact.artifactType,
        ...(manifest.annotations ? { annotations: manifest.annotations } : {}),
    };
    if (!existing.referrers.some((d) => d.digest === digest)) {
        checkReferrerCapacity(existing.referrers.length, repository, subject.digest, logger);
    }
    const config = artifact.config ?? { mediaType: MEDIA_TYPES.ociEmpty, bytes: EMPTY_CONFIG };
    for (const blob of [config, ...artifact.layers]) {
        await client.pushBlob(repository, { digest: digestOf(blob.bytes), size: blob.bytes.length }, blob.bytes);
    }
    const put = await client.putManifest(repository, digest, { bytes, mediaType: MEDIA_TYPES.ociManifest });
    if (put.subjectHeader)
        return { descriptor, via: 'referrers-api' };
    await addToTagIndex(client, repository, subject.digest, descriptor);
    return { descriptor, via: 'tag-schema' };
}
/** Reads a manifest that must exist and be an image manifest (a referrer or a `.sig` manifest). */
async function readImageManifest(client, repository, reference) {
    const stored = await client.getManifest(repository, reference, `${MEDIA_TYPES.ociManifest}, ${MEDIA_TYPES.dockerManifest}`);
    if (!stored)
        return undefined;
    const manifest = JSON.parse(stored.bytes.toString('utf8'));
    if (!Array.isArray(manifest.layers))
        return undefined;
    return { stored, manifest };
}

// EXTERNAL MODULE: ./node_modules/@sigstore/bundle/dist/index.js
var bundle_dist = __webpack_require__(61040);
// EXTERNAL MODULE: ./node_modules/@sigstore/sign/dist/index.js
var sign_dist = __webpack_require__(15179);
// EXTERNAL MODULE: ./node_modules/@sigstore/verify/dist/index.js
var verify_dist = __webpack_require__(54187);
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
    const bytes = Buffer.from(JSON.stringify((0,bundle_dist.bundleToJSON)(bundle)));
    const created = (options.now?.() ?? new Date()).toISOString();
    const attached = await attachReferrer(subject.client, subject.repository, subject.descriptor, {
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
    const read = await readImageManifest(subject.client, subject.repository, referrer.digest);
    const layer = read?.manifest.layers.find((l) => l.mediaType.startsWith('application/vnd.dev.sigstore.bundle'));
    if (!read || !layer)
        return check({ reason: 'malformed', detail: 'the referrer holds no sigstore bundle layer' });
    const blob = await readBlob(subject.client, subject.repository, layer);
    if (!blob)
        return check({ reason: 'tampered-payload', detail: `the bundle blob does not match its digest ${layer.digest}` });
    let bundle;
    try {
        bundle = (0,bundle_dist.bundleFromJSON)(JSON.parse(blob.toString('utf8')));
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
    return digestOf(bytes) === descriptor.digest ? bytes : undefined;
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
        digest: digestOf(payload),
        size: payload.length,
        annotations,
    };
    await client.pushBlob(repository, { digest: layer.digest, size: layer.size }, payload);
    const tag = cosignSignatureTag(descriptor.digest);
    for (let attempt = 1; attempt <= SIG_TAG_ATTEMPTS; attempt++) {
        const existing = await readImageManifest(client, repository, tag);
        const layers = [...(existing?.manifest.layers ?? []), layer];
        const config = signatureConfig(layers);
        await client.pushBlob(repository, { digest: digestOf(config), size: config.length }, config);
        const manifest = {
            schemaVersion: 2,
            mediaType: MEDIA_TYPES.ociManifest,
            config: { mediaType: MEDIA_TYPES.ociConfig, digest: digestOf(config), size: config.length },
            layers,
            ...(existing?.manifest.annotations ? { annotations: existing.manifest.annotations } : {}),
        };
        const bytes = Buffer.from(JSON.stringify(manifest));
        const put = await client.putManifest(repository, tag, { bytes, mediaType: MEDIA_TYPES.ociManifest });
        const after = await readImageManifest(client, repository, tag);
        const sigOf = (l) => l.annotations?.[COSIGN_ANNOTATIONS.signature];
        if (after?.manifest.layers.some((l) => l.digest === layer.digest && sigOf(l) === sigOf(layer))) {
            return { descriptor: { mediaType: MEDIA_TYPES.ociManifest, digest: put.digest, size: bytes.length } };
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
    return (0,bundle_dist.bundleFromJSON)({
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
    const tag = cosignSignatureTag(subject.digest);
    const read = await readImageManifest(subject.client, subject.repository, tag);
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
    const attached = await attachReferrer(subject.client, subject.repository, subject.descriptor, {
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
    const read = await readImageManifest(subject.client, subject.repository, referrer.digest);
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
    const listed = await listReferrers(client, repository, digest);
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
        const listed = await listReferrers(subject.client, subject.repository, digest, SIGNATURE_MEDIA_TYPES.notarySignature);
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

;// CONCATENATED MODULE: ./shared/src/signing/request.ts
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
    const enabled = signingEnabled(policy, inputs);
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
    const stored = await args.client.getManifest(args.repository, args.digest, MANIFEST_ACCEPT);
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

;// CONCATENATED MODULE: ./actions/publish-package/src/helm.ts







/**
 * `type: helm`: the chart goes to the policy's chart repository in the registry (ECR, or the `registry` input),
 * in Helm's OCI format, and is signed as images are. Not to S3: Helm installs charts from OCI registries.
 */
async function publishHelmChart(ctx, inputs, files) {
    if (files.length !== 1) {
        throw new errors/* ConfigurationError */.j1(`type helm publishes one chart per step, but 'path' matched ${files.length} entries; point it at one chart directory or .tgz.`);
    }
    const policy = (0,src_policy.loadPolicy)(inputs.policy);
    // The chart is checked (and packaged) before the registry is contacted: a mistake costs no request.
    const prepared = await prepareChart({ policy, path: files[0], name: inputs.name, version: inputs.version });
    const registryInput = ctx.inputs.optional('registry');
    let aws;
    // Signing may need AWS (KMS, Signer, ECR) even when the registry is not ECR: opened on first use only.
    const awsSession = () => (aws ??= (0,aws_session.openAwsSession)(ctx, (0,aws_session.readAwsInputs)(ctx, policy.region)));
    const signingArgs = {
        policy,
        inputs: {},
        aws: { kms: () => awsSession().kms(), signer: () => awsSession().signer(), ecr: () => awsSession().ecr() },
        logger: ctx.logger,
        getIdToken: (audience) => ctx.getIdToken(audience),
        env: ctx.env,
    };
    // The signing set-up (key, format) is checked before the push too, so a chart is never left unsigned by a mistake.
    const signing = prepareSigning(signingArgs);
    const session = await openRegistry({
        registryInput,
        aws: registryInput ? undefined : awsSession(),
        env: ctx.env,
        logger: ctx.logger,
    });
    const git = gitContextFromEnv(ctx.env);
    const result = await publishChart({
        client: session.client,
        prepared,
        created: reproducibleCreatedTime(ctx.env, ctx.env.GITHUB_WORKSPACE || process.cwd()),
        source: git.serverUrl && git.repository ? `${git.serverUrl}/${git.repository}` : undefined,
        dryRun: inputs.dryRun,
        logger: ctx.logger,
        sign: (repository, digest) => signAfterPush({
            ...signingArgs,
            prepared: signing,
            client: session.client,
            repository,
            digest,
            reference: `${session.host}/${repository}`,
        }),
    });
    const { name, version } = result.chart.metadata;
    const commands = helmCommands(result);
    ctx.logger.info(`Install with: ${commands.install}`);
    ctx.setOutput('name', name);
    ctx.setOutput('version', version);
    ctx.setOutput('digest', result.push.digest);
    ctx.setOutput('chart-uri', result.chartUri);
    ctx.setOutput('index-url', result.chartUri);
    ctx.setOutput('urls', `${result.chartUri}:${result.push.tag}`);
    await ctx.writeSummary(chartSummary(result, session.host) + (result.signature ? renderSigningSummary(result.signature) : ''));
}


/***/ }),

/***/ 81018:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  openAwsSession: () => (/* binding */ openAwsSession),
  readAwsInputs: () => (/* binding */ readAwsInputs)
});

// EXTERNAL MODULE: ./shared/src/runtime/errors.ts
var errors = __webpack_require__(93353);
// EXTERNAL MODULE: ./shared/src/runtime/retry.ts
var retry = __webpack_require__(24290);
;// CONCATENATED MODULE: ./shared/src/aws/credentials.ts


const DEFAULT_OIDC_AUDIENCE = 'sts.amazonaws.com';
const ROLE_ARN = /^arn:aws[a-z-]*:iam::\d{12}:role\/[\w+=,.@/-]{1,512}$/;
/** The claims of a GitHub OIDC token that are safe to print: they explain a trust-policy mismatch. */
const PRINTABLE_CLAIMS = ['sub', 'aud', 'repository', 'ref', 'environment', 'job_workflow_ref'];
function decodeJwtClaims(token) {
    const parts = token.split('.');
    if (parts.length !== 3)
        return {};
    try {
        return JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8'));
    }
    catch {
        return {};
    }
}
function printableClaims(token) {
    const claims = decodeJwtClaims(token);
    const out = {};
    for (const k of PRINTABLE_CLAIMS)
        if (claims[k] !== undefined)
            out[k] = String(claims[k]);
    return out;
}
/** A role session name that STS accepts: [\w+=,.@-]{2,64}. */
function roleSessionName(env = process.env) {
    const raw = `artifacts-${env.GITHUB_REPOSITORY?.split('/')[1] ?? 'run'}-${env.GITHUB_RUN_ID ?? Date.now()}`;
    return raw.replace(/[^\w+=,.@-]/g, '-').slice(0, 64);
}
function isThrottleOrServer(err) {
    const e = err;
    const status = e.$metadata?.httpStatusCode ?? 0;
    return (status >= 500 ||
        status === 429 ||
        ['Throttling', 'ThrottlingException', 'IDPCommunicationError', 'InvalidIdentityToken', 'TimeoutError'].includes(e.name ?? '') ||
        e.code === 'ECONNRESET');
}
/**
 * GitHub OIDC -> STS AssumeRoleWithWebIdentity. Every credential is masked before it is returned.
 * When STS refuses, the error names the role and the token's non-secret claims, which is what a
 * trust policy's conditions are compared with.
 */
async function assumeRoleWithGitHubOidc(options) {
    const { roleToAssume, logger } = options;
    if (!ROLE_ARN.test(roleToAssume)) {
        throw new errors/* ConfigurationError */.j1(`Input 'role-to-assume' is '${roleToAssume}'; it must be an IAM role ARN such as arn:aws:iam::123456789012:role/github-artifacts.`);
    }
    const audience = options.audience ?? DEFAULT_OIDC_AUDIENCE;
    const token = await options.getIdToken(audience);
    logger.setSecret(token);
    // Loaded on first use: an action that needs no role never loads the STS client.
    const { AssumeRoleWithWebIdentityCommand, STSClient: Client } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 71695, 19));
    const sts = options.sts ?? new Client({ region: options.region, maxAttempts: 1 });
    try {
        const response = await (0,retry/* withRetry */.bD)(() => sts.send(new AssumeRoleWithWebIdentityCommand({
            RoleArn: roleToAssume,
            RoleSessionName: options.sessionName ?? roleSessionName(),
            WebIdentityToken: token,
            DurationSeconds: options.durationSeconds ?? 3600,
        })), {
            attempts: 5,
            baseDelayMs: 500,
            maxDelayMs: 8000,
            retryable: isThrottleOrServer,
            sleep: options.sleep,
            onRetry: (err, attempt, delay) => logger.info(`STS did not answer (${(0,errors/* errorMessage */.gJ)(err)}); attempt ${attempt + 1} in ${delay} ms.`),
        });
        const c = response.Credentials;
        if (!c?.AccessKeyId || !c.SecretAccessKey || !c.SessionToken) {
            throw new Error('STS returned no credentials for AssumeRoleWithWebIdentity.');
        }
        logger.setSecret(c.AccessKeyId);
        logger.setSecret(c.SecretAccessKey);
        logger.setSecret(c.SessionToken);
        logger.info(`Assumed ${roleToAssume} as ${response.AssumedRoleUser?.Arn ?? 'a web identity session'}.`);
        return {
            accessKeyId: c.AccessKeyId,
            secretAccessKey: c.SecretAccessKey,
            sessionToken: c.SessionToken,
            expiration: c.Expiration,
        };
    }
    catch (err) {
        const name = err.name ?? '';
        if (name === 'AccessDenied' || name === 'AccessDeniedException' || /not authorized/i.test((0,errors/* errorMessage */.gJ)(err))) {
            const claims = printableClaims(token);
            const shown = Object.entries(claims)
                .map(([k, v]) => `  ${k}: ${v}`)
                .join('\n');
            throw new errors/* ConfigurationError */.j1(`AWS refused to let this workflow assume ${roleToAssume}: ${(0,errors/* errorMessage */.gJ)(err)}\n` +
                `The role's trust policy must allow the GitHub OIDC provider (token.actions.githubusercontent.com) with conditions that match this token:\n${shown}\n` +
                `Check the 'sub' condition (repository, branch or environment) and that the audience is '${audience}'.`);
        }
        throw err;
    }
}

;// CONCATENATED MODULE: ./shared/src/aws/clients.ts

/* eslint-disable @typescript-eslint/no-require-imports -- literal requires, so the bundler still inlines each client */
function load(service) {
    switch (service) {
        case 'ecr':
            return __webpack_require__(28249);
        case 's3':
            return __webpack_require__(53711);
        case 'inspector2':
            return __webpack_require__(63222);
        case 'kms':
            return __webpack_require__(92632);
        case 'signer':
            return __webpack_require__(39935);
        case 'iam':
            return __webpack_require__(16764);
        case 'sts':
            return __webpack_require__(71695);
    }
}
/** The region to use: the input, else the policy, else the runner's environment. */
function resolveRegion(input, policyRegion, env = process.env) {
    const region = input || policyRegion || env.AWS_REGION || env.AWS_DEFAULT_REGION;
    if (!region) {
        throw new errors/* ConfigurationError */.j1("No AWS region is set. Set 'region' in the policy file, the 'aws-region' input, or AWS_REGION in the environment.");
    }
    if (!/^[a-z]{2}(-[a-z]+)+-\d+$/.test(region)) {
        throw new errors/* ConfigurationError */.j1(`AWS region '${region}' is not a region name such as eu-central-1.`);
    }
    return region;
}
/**
 * Creates each AWS client on first use (so an action only loads the SDK modules it needs) with adaptive
 * retries. The SDK reads AWS_ENDPOINT_URL and AWS_ENDPOINT_URL_<SERVICE> itself, so LocalStack and moto work.
 */
class AwsClients {
    options;
    cache = new Map();
    constructor(options) {
        this.options = options;
    }
    config() {
        return {
            region: this.options.region,
            credentials: this.options.credentials,
            maxAttempts: this.options.maxAttempts ?? 8,
            retryMode: 'adaptive',
        };
    }
    lazy(key, make) {
        if (!this.cache.has(key))
            this.cache.set(key, make());
        return this.cache.get(key);
    }
    // Each SDK module is required on first use: loading every client would slow every action's start-up.
    ecr() {
        return this.lazy('ecr', () => new (load('ecr').ECRClient)(this.config()));
    }
    s3() {
        return this.lazy('s3', () => {
            const { S3Client: Client } = load('s3');
            // Path-style addressing works with every S3-compatible endpoint; virtual-hosted style needs DNS.
            const custom = Boolean(process.env.AWS_ENDPOINT_URL_S3 || process.env.AWS_ENDPOINT_URL);
            return new Client({ ...this.config(), forcePathStyle: custom });
        });
    }
    inspector() {
        return this.lazy('inspector2', () => new (load('inspector2').Inspector2Client)(this.config()));
    }
    kms() {
        return this.lazy('kms', () => new (load('kms').KMSClient)(this.config()));
    }
    signer() {
        return this.lazy('signer', () => new (load('signer').SignerClient)(this.config()));
    }
    iam() {
        return this.lazy('iam', () => new (load('iam').IAMClient)(this.config()));
    }
    sts() {
        return this.lazy('sts', () => new (load('sts').STSClient)(this.config()));
    }
}

;// CONCATENATED MODULE: ./shared/src/aws/session.ts


function readAwsInputs(ctx, policyRegion) {
    return {
        region: resolveRegion(ctx.inputs.optional('aws-region'), policyRegion, ctx.env),
        roleToAssume: ctx.inputs.optional('role-to-assume'),
        audience: ctx.inputs.optional('audience') ?? DEFAULT_OIDC_AUDIENCE,
    };
}
/**
 * AWS clients for this run: with role-to-assume, credentials from GitHub OIDC (fetched once, masked);
 * without it, the SDK's default credential chain. Nothing is contacted until a client is first used.
 */
function openAwsSession(ctx, aws) {
    for (const name of ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN']) {
        const v = ctx.env[name];
        if (v)
            ctx.logger.setSecret(v);
    }
    if (!aws.roleToAssume)
        return new AwsClients({ region: aws.region });
    let pending;
    const roleToAssume = aws.roleToAssume;
    return new AwsClients({
        region: aws.region,
        credentials: () => (pending ??= assumeRoleWithGitHubOidc({
            roleToAssume,
            region: aws.region,
            audience: aws.audience,
            getIdToken: (a) => ctx.getIdToken(a),
            logger: ctx.logger,
        })),
    });
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

/***/ 30868:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CF: () => (/* binding */ SummaryBuilder),
/* harmony export */   z3: () => (/* binding */ formatBytes)
/* harmony export */ });
/* unused harmony exports escapeCell, escapeMarkdown, escapeHtml, formatDuration */
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