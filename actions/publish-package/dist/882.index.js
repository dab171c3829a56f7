"use strict";
exports.id = 882;
exports.ids = [882];
exports.modules = {

/***/ 98882:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  plannerFor: () => (/* binding */ plannerFor)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./node_modules/yauzl/index.js
var yauzl = __webpack_require__(20663);
;// CONCATENATED MODULE: ./shared/src/packages/zip-entries.ts

/**
 * The entries of a zip archive (jar, wheel, zip sdist) whose names `wanted` picks, read through its central
 * directory: only those entries are inflated, so a multi-gigabyte wheel or war is never held in memory. Entries
 * larger than `maxBytes` are left out. Rejects with yauzl's error on a malformed archive.
 */
async function readZipEntries(source, wanted, maxBytes) {
    const options = { lazyEntries: true, autoClose: true, validateEntrySizes: true };
    const zip = await new Promise((resolve, reject) => {
        const done = (err, z) => (err || !z ? reject(err ?? new Error('no zip file')) : resolve(z));
        if (typeof source === 'string')
            (0,yauzl/* open */.ho)(source, options, done);
        else
            (0,yauzl/* fromBuffer */.vY)(source, options, done);
    });
    const found = new Map();
    try {
        await new Promise((resolve, reject) => {
            zip.on('error', reject);
            zip.on('end', () => resolve());
            zip.on('entry', (entry) => {
                if (entry.fileName.endsWith('/') || !wanted(entry.fileName) || entry.uncompressedSize > maxBytes) {
                    zip.readEntry();
                    return;
                }
                zip.openReadStream(entry, (err, stream) => {
                    if (err || !stream) {
                        reject(err ?? new Error(`cannot read ${entry.fileName}`));
                        return;
                    }
                    const chunks = [];
                    stream.on('data', (c) => chunks.push(c));
                    stream.on('error', reject);
                    stream.on('end', () => {
                        found.set(entry.fileName, Buffer.concat(chunks));
                        zip.readEntry();
                    });
                });
            });
            zip.readEntry();
        });
    }
    finally {
        zip.close();
    }
    return found;
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/fast-xml-parser/src/xmlparser/XMLParser.js + 28 modules
var XMLParser = __webpack_require__(88879);
// EXTERNAL MODULE: ./shared/src/runtime/errors.ts
var errors = __webpack_require__(93353);
;// CONCATENATED MODULE: ./shared/src/packages/maven-version.ts
/**
 * Maven's version order, as `org.apache.maven.artifact.versioning.ComparableVersion` of Maven 3.8/3.9
 * defines it: a version is a tree of items (numbers, qualifiers, sub-lists opened by '-' or by a switch
 * between letters and digits); known qualifiers order alpha < beta < milestone < rc < snapshot < release < sp,
 * unknown ones after them alphabetically; trailing zeros and release qualifiers are dropped. maven-metadata.xml
 * lists versions in this order and names the greatest as latest/release.
 */
const QUALIFIERS = ['alpha', 'beta', 'milestone', 'rc', 'snapshot', '', 'sp'];
const ALIASES = { ga: '', final: '', release: '', cr: 'rc' };
const RELEASE_INDEX = String(QUALIFIERS.indexOf(''));
function comparableQualifier(qualifier) {
    const i = QUALIFIERS.indexOf(qualifier);
    return i === -1 ? `${QUALIFIERS.length}-${qualifier}` : String(i);
}
/** Java's String.compareTo sign, by UTF-16 code units as Java compares. */
function compareStrings(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
function numberItem(digits) {
    const stripped = digits.replace(/^0+(?=.)/, '') || '0';
    const width = stripped.length <= 9 ? 0 : stripped.length <= 18 ? 1 : 2;
    return { kind: 'number', value: BigInt(stripped), width };
}
function qualifierItem(text, followedByDigit) {
    let value = text;
    // a1 = alpha-1, b1 = beta-1, m1 = milestone-1
    if (followedByDigit && value.length === 1) {
        value = { a: 'alpha', b: 'beta', m: 'milestone' }[value] ?? value;
    }
    return { kind: 'qualifier', value: ALIASES[value] ?? value };
}
function isNull(item) {
    switch (item.kind) {
        case 'number':
            return item.value === 0n;
        case 'qualifier':
            return comparableQualifier(item.value) === RELEASE_INDEX;
        case 'list':
            return item.items.length === 0;
    }
}
function normalize(list) {
    for (let i = list.items.length - 1; i >= 0; i--) {
        const last = list.items[i];
        if (isNull(last))
            list.items.splice(i, 1);
        else if (last.kind !== 'list')
            break;
    }
}
/** Item.compareTo(other), with `undefined` standing for Java's null (a missing item). */
function compareItem(item, other) {
    switch (item.kind) {
        case 'number':
            if (other === undefined)
                return item.value === 0n ? 0 : 1;
            if (other.kind === 'number') {
                if (item.width !== other.width)
                    return item.width < other.width ? -1 : 1;
                return item.value < other.value ? -1 : item.value > other.value ? 1 : 0;
            }
            return 1; // 1.1 > 1-sp, 1.1 > 1-1
        case 'qualifier':
            if (other === undefined)
                return compareStrings(comparableQualifier(item.value), RELEASE_INDEX); // 1-rc < 1, 1-sp > 1
            if (other.kind === 'qualifier') {
                return compareStrings(comparableQualifier(item.value), comparableQualifier(other.value));
            }
            return -1; // 1.any < 1.1, 1.any < 1-1
        case 'list': {
            if (other === undefined) {
                for (const i of item.items) {
                    const result = compareItem(i, undefined);
                    if (result !== 0)
                        return result;
                }
                return 0;
            }
            if (other.kind === 'number')
                return -1; // 1-1 < 1.0.x
            if (other.kind === 'qualifier')
                return 1; // 1-1 > 1-sp
            const length = Math.max(item.items.length, other.items.length);
            for (let i = 0; i < length; i++) {
                const l = item.items[i];
                const r = other.items[i];
                const result = l === undefined ? (r === undefined ? 0 : -compareItem(r, undefined)) : compareItem(l, r);
                if (result !== 0)
                    return result;
            }
            return 0;
        }
    }
}
function parse(version) {
    const text = version.toLowerCase();
    const root = { kind: 'list', items: [] };
    let list = root;
    const stack = [root];
    const open = () => {
        const child = { kind: 'list', items: [] };
        list.items.push(child);
        list = child;
        stack.push(child);
    };
    const token = (isDigit, s) => (isDigit ? numberItem(s) : qualifierItem(s, false));
    let isDigit = false;
    let start = 0;
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (c === '.' || c === '-') {
            list.items.push(i === start ? numberItem('0') : token(isDigit, text.slice(start, i)));
            start = i + 1;
            if (c === '-')
                open();
        }
        else if (c >= '0' && c <= '9') {
            if (!isDigit && i > start) {
                // A qualifier after a dot starts its own sub-list, as after a dash: 1.0.RC1 == 1-rc-1.
                if (list.items.length > 0)
                    open();
                list.items.push(qualifierItem(text.slice(start, i), true));
                start = i;
                open();
            }
            isDigit = true;
        }
        else {
            if (isDigit && i > start) {
                list.items.push(numberItem(text.slice(start, i)));
                start = i;
                open();
            }
            isDigit = false;
        }
    }
    if (text.length > start) {
        if (!isDigit && list.items.length > 0)
            open();
        list.items.push(token(isDigit, text.slice(start)));
    }
    while (stack.length > 0)
        normalize(stack.pop());
    return root;
}
function canonical(list) {
    let out = '';
    for (const item of list.items) {
        if (out.length > 0)
            out += item.kind === 'list' ? '-' : '.';
        out += item.kind === 'list' ? canonical(item) : item.kind === 'number' ? item.value.toString() : item.value;
    }
    return out;
}
/** A parsed Maven version: compare with `compareTo`, or use `compareMavenVersions` to sort strings. */
class MavenVersion {
    value;
    items;
    constructor(value) {
        this.value = value;
        this.items = parse(value);
    }
    /** The canonical form, equal for equal versions (1.0 and 1 are both '1'). */
    get canonical() {
        return canonical(this.items);
    }
    compareTo(other) {
        return Math.sign(compareItem(this.items, other.items));
    }
}
function compareMavenVersions(a, b) {
    return new MavenVersion(a).compareTo(new MavenVersion(b));
}
/** Sorted in Maven's order, duplicates by string removed; ties keep their relative order. */
function sortMavenVersions(versions) {
    const unique = [...new Set(versions)];
    const parsed = new Map(unique.map((v) => [v, new MavenVersion(v)]));
    return unique.sort((a, b) => parsed.get(a).compareTo(parsed.get(b)));
}
function isSnapshotVersion(version) {
    return version.endsWith('-SNAPSHOT');
}

;// CONCATENATED MODULE: ./shared/src/packages/maven-metadata.ts



/**
 * maven-metadata.xml, both kinds: the artifact's (`<g>/<a>/maven-metadata.xml`: every version, latest,
 * release) that version ranges and LATEST/RELEASE read, and a snapshot version's (`<g>/<a>/<v>/`: the
 * timestamp and build number of the newest upload, and the file of each classifier/extension).
 */
const CHECKSUM_ALGORITHMS = ['md5', 'sha1', 'sha256', 'sha512'];
const parser = new XMLParser/* default */.A({
    ignoreAttributes: true,
    parseTagValue: false,
    trimValues: true,
    isArray: (name) => name === 'version' || name === 'snapshotVersion',
});
/** `yyyyMMddHHmmss` in UTC, as Maven writes lastUpdated. */
function lastUpdatedStamp(now) {
    return now.toISOString().replace(/[-:T]/g, '').slice(0, 14);
}
/** `yyyyMMdd.HHmmss` in UTC, as Maven writes a snapshot's timestamp. */
function snapshotTimestamp(now) {
    const s = lastUpdatedStamp(now);
    return `${s.slice(0, 8)}.${s.slice(8)}`;
}
function escapeXml(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
function maven_metadata_element(name, value, indent) {
    return value === undefined ? '' : `${indent}<${name}>${escapeXml(String(value))}</${name}>\n`;
}
function maven_metadata_text(node) {
    if (typeof node === 'string')
        return node || undefined;
    if (typeof node === 'number')
        return String(node);
    return undefined;
}
function parseXml(content, key) {
    let doc;
    try {
        doc = parser.parse(content.toString('utf8'), true);
    }
    catch (err) {
        throw new Error(`The stored ${key} is not well-formed XML (${err.message}); repair or remove it.`, {
            cause: err,
        });
    }
    const metadata = doc.metadata;
    if (!metadata || typeof metadata !== 'object') {
        throw new Error(`The stored ${key} has no <metadata> element; repair or remove it.`);
    }
    return metadata;
}
function parseArtifactMetadata(content, key) {
    const m = parseXml(content, key);
    const versioning = (m.versioning ?? {});
    const versions = (versioning.versions?.version ?? []);
    return {
        groupId: maven_metadata_text(m.groupId) ?? '',
        artifactId: maven_metadata_text(m.artifactId) ?? '',
        versions: versions.map(maven_metadata_text).filter((v) => v !== undefined),
        latest: maven_metadata_text(versioning.latest),
        release: maven_metadata_text(versioning.release),
        lastUpdated: maven_metadata_text(versioning.lastUpdated),
    };
}
function renderArtifactMetadata(m) {
    const xml = '<?xml version="1.0" encoding="UTF-8"?>\n<metadata>\n' +
        maven_metadata_element('groupId', m.groupId, '  ') +
        maven_metadata_element('artifactId', m.artifactId, '  ') +
        '  <versioning>\n' +
        maven_metadata_element('latest', m.latest, '    ') +
        maven_metadata_element('release', m.release, '    ') +
        '    <versions>\n' +
        m.versions.map((v) => maven_metadata_element('version', v, '      ')).join('') +
        '    </versions>\n' +
        maven_metadata_element('lastUpdated', m.lastUpdated, '    ') +
        '  </versioning>\n</metadata>\n';
    return Buffer.from(xml, 'utf8');
}
/**
 * Adds a version to the artifact's metadata (or starts it). `latest` is the greatest version in Maven's
 * order, `release` the greatest that is not a snapshot, so both only move forward. Returns undefined when
 * nothing changes (the version is listed and latest/release stay), so a re-publish rewrites nothing.
 */
function mergeArtifactMetadata(current, add) {
    const versions = sortMavenVersions([...(current?.versions ?? []), add.version]);
    const greatest = (candidates) => candidates
        .filter((v) => v !== undefined)
        .reduce((max, v) => (max === undefined || compareMavenVersions(v, max) > 0 ? v : max), undefined);
    const latest = greatest([current?.latest, ...versions]);
    const release = greatest([current?.release, ...versions.filter((v) => !isSnapshotVersion(v))]);
    const next = {
        groupId: add.groupId,
        artifactId: add.artifactId,
        versions,
        latest,
        release,
        lastUpdated: lastUpdatedStamp(add.now),
    };
    if (current &&
        current.versions.includes(add.version) &&
        current.latest === latest &&
        current.release === release &&
        current.groupId === add.groupId &&
        current.artifactId === add.artifactId) {
        return undefined;
    }
    return next;
}
function parseSnapshotMetadata(content, key) {
    const m = parseXml(content, key);
    const versioning = (m.versioning ?? {});
    const snapshot = (versioning.snapshot ?? {});
    const entries = (versioning.snapshotVersions?.snapshotVersion ?? []);
    const buildNumber = Number(maven_metadata_text(snapshot.buildNumber) ?? '0');
    return {
        groupId: maven_metadata_text(m.groupId) ?? '',
        artifactId: maven_metadata_text(m.artifactId) ?? '',
        version: maven_metadata_text(Array.isArray(m.version) ? m.version[0] : m.version) ?? '',
        timestamp: maven_metadata_text(snapshot.timestamp) ?? '',
        buildNumber: Number.isSafeInteger(buildNumber) && buildNumber >= 0 ? buildNumber : 0,
        lastUpdated: maven_metadata_text(versioning.lastUpdated) ?? '',
        snapshotVersions: entries.map((e) => ({
            classifier: maven_metadata_text(e.classifier),
            extension: maven_metadata_text(e.extension) ?? '',
            value: maven_metadata_text(e.value) ?? '',
            updated: maven_metadata_text(e.updated) ?? '',
        })),
    };
}
function renderSnapshotMetadata(m) {
    const entries = m.snapshotVersions
        .map((e) => '      <snapshotVersion>\n' +
        maven_metadata_element('classifier', e.classifier, '        ') +
        maven_metadata_element('extension', e.extension, '        ') +
        maven_metadata_element('value', e.value, '        ') +
        maven_metadata_element('updated', e.updated, '        ') +
        '      </snapshotVersion>\n')
        .join('');
    const xml = '<?xml version="1.0" encoding="UTF-8"?>\n<metadata modelVersion="1.1.0">\n' +
        maven_metadata_element('groupId', m.groupId, '  ') +
        maven_metadata_element('artifactId', m.artifactId, '  ') +
        maven_metadata_element('version', m.version, '  ') +
        '  <versioning>\n' +
        '    <snapshot>\n' +
        maven_metadata_element('timestamp', m.timestamp, '      ') +
        maven_metadata_element('buildNumber', m.buildNumber, '      ') +
        '    </snapshot>\n' +
        maven_metadata_element('lastUpdated', m.lastUpdated, '    ') +
        '    <snapshotVersions>\n' +
        entries +
        '    </snapshotVersions>\n' +
        '  </versioning>\n</metadata>\n';
    return Buffer.from(xml, 'utf8');
}
/** The build that a new upload of a snapshot gets: one more than the stored metadata's. */
function nextBuildNumber(current) {
    return (current?.buildNumber ?? 0) + 1;
}
/**
 * The snapshot metadata after this upload: its timestamp and build number, its files replacing the stored
 * entries of the same classifier and extension, the others kept. Throws when the stored build is not older
 * than this one: another publish of the same snapshot got there first, and its build must stay the current.
 */
function mergeSnapshotMetadata(current, next) {
    if (current && current.buildNumber >= next.buildNumber) {
        throw new Error(`${next.groupId}:${next.artifactId}:${next.version} got build ${current.buildNumber} (${current.timestamp}) from another publish while this one planned build ${next.buildNumber}. Re-run the job to publish it as build ${current.buildNumber + 1}.`);
    }
    const ours = new Set(next.snapshotVersions.map((e) => `${e.classifier ?? ''}:${e.extension}`));
    const kept = (current?.snapshotVersions ?? []).filter((e) => !ours.has(`${e.classifier ?? ''}:${e.extension}`));
    const snapshotVersions = [...next.snapshotVersions, ...kept].sort((a, b) => (a.classifier ?? '').localeCompare(b.classifier ?? '') || a.extension.localeCompare(b.extension));
    return { ...next, snapshotVersions };
}
/** The `.md5`, `.sha1`, `.sha256` and `.sha512` files Maven reads beside a file: the hex digest alone. */
function checksumFiles(key, content) {
    return CHECKSUM_ALGORITHMS.map((algorithm) => ({
        key: `${key}.${algorithm}`,
        body: Buffer.from((0,external_node_crypto_.createHash)(algorithm).update(content).digest('hex'), 'utf8'),
        contentType: 'text/plain',
        algorithm,
    }));
}

// EXTERNAL MODULE: ./shared/src/packages/paths.ts
var paths = __webpack_require__(58733);
// EXTERNAL MODULE: ./shared/src/packages/store.ts
var store = __webpack_require__(4232);
;// CONCATENATED MODULE: ./shared/src/packages/maven.ts










const GROUP_ID = /^[A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]+)*$/;
const ARTIFACT_ID = /^[A-Za-z0-9_][A-Za-z0-9_.-]*$/;
// No '+': S3 reads a '+' in a URL path as a space, and Maven sends it unencoded.
const VERSION = /^[A-Za-z0-9_][A-Za-z0-9_.-]*$/;
const CLASSIFIER = /^[A-Za-z0-9_][A-Za-z0-9_.-]*$/;
const BINARY_EXTENSIONS = ['jar', 'war', 'ear', 'aar'];
const CONTENT_TYPES = {
    pom: 'application/xml',
    jar: 'application/java-archive',
    war: 'application/java-archive',
    ear: 'application/java-archive',
    aar: 'application/octet-stream',
};
const MAX_EMBEDDED_POM_BYTES = 8 * 1024 * 1024;
const pomParser = new XMLParser/* default */.A({ ignoreAttributes: true, parseTagValue: false, trimValues: true });
function field(node, name) {
    if (!node || typeof node !== 'object')
        return undefined;
    const value = node[name];
    if (typeof value === 'string')
        return value.trim() || undefined;
    if (typeof value === 'number')
        return String(value);
    return undefined;
}
function validateGroupId(groupId, source) {
    if (!GROUP_ID.test(groupId) || groupId.length > 200) {
        throw new errors/* ConfigurationError */.j1(`groupId '${groupId}' in ${source} is not allowed: use dot-separated parts of letters, digits, '-' and '_', such as com.acme.platform (no '/', '..', or leading/trailing dots).`);
    }
    for (const part of groupId.split('.'))
        (0,paths/* assertSafeSegment */.rI)(part, `groupId '${groupId}' in ${source}`);
    return groupId;
}
function validateArtifactId(artifactId, source) {
    if (!ARTIFACT_ID.test(artifactId) || artifactId === '..' || artifactId.length > 200) {
        throw new errors/* ConfigurationError */.j1(`artifactId '${artifactId}' in ${source} is not allowed: use letters, digits, '.', '-' and '_', starting with a letter or digit.`);
    }
    return (0,paths/* assertSafeSegment */.rI)(artifactId, `artifactId '${artifactId}' in ${source}`);
}
function validateMavenVersion(version, source) {
    if (version.includes('${')) {
        throw new errors/* ConfigurationError */.j1(`The version in ${source} is '${version}', an unresolved property. Publish the pom Maven installs (target/*.pom, or the one inside the jar), or resolve it with the flatten-maven-plugin.`);
    }
    if (!VERSION.test(version) || version.length > 128 || /\.\./.test(version)) {
        throw new errors/* ConfigurationError */.j1(`Version '${version}' in ${source} is not allowed: use letters, digits, '.', '-' and '_', starting with a letter or digit, such as 1.4.0 or 2.0-SNAPSHOT.`);
    }
    if (/^\d.*-\d{8}\.\d{6}-\d+$/.test(version)) {
        throw new errors/* ConfigurationError */.j1(`Version '${version}' in ${source} is a timestamped snapshot; publish it as '${version.replace(/-\d{8}\.\d{6}-\d+$/, '-SNAPSHOT')}' and the store gives it the timestamp.`);
    }
    return (0,paths/* assertSafeSegment */.rI)(version, `version '${version}' in ${source}`);
}
/** The coordinates of a pom: its own groupId/version, or its parent's when it inherits them. */
function parsePom(xml, source) {
    let doc;
    try {
        doc = pomParser.parse(typeof xml === 'string' ? xml : xml.toString('utf8'), true);
    }
    catch (err) {
        throw new errors/* ConfigurationError */.j1(`${source} is not well-formed XML: ${(0,errors/* errorMessage */.gJ)(err)}.`);
    }
    const project = doc.project;
    if (!project || typeof project !== 'object') {
        throw new errors/* ConfigurationError */.j1(`${source} has no <project> element; it is not a Maven pom.`);
    }
    const parent = project.parent;
    const groupId = field(project, 'groupId') ?? field(parent, 'groupId');
    const artifactId = field(project, 'artifactId');
    const version = field(project, 'version') ?? field(parent, 'version');
    const missing = [!groupId && 'groupId', !artifactId && 'artifactId', !version && 'version'].filter(Boolean);
    if (missing.length > 0) {
        throw new errors/* ConfigurationError */.j1(`${source} has no ${missing.join(', ')} (neither its own nor its <parent>'s); set them in the pom.`);
    }
    const coordinates = {
        groupId: validateGroupId(groupId, source),
        artifactId: validateArtifactId(artifactId, source),
        version: validateMavenVersion(version, source),
        packaging: field(project, 'packaging') ?? 'jar',
    };
    if (coordinates.groupId.includes('${') || coordinates.artifactId.includes('${')) {
        throw new errors/* ConfigurationError */.j1(`${source} uses a property in its groupId or artifactId; write the value itself.`);
    }
    return coordinates;
}
/**
 * The poms Maven's archiver put in a jar (a shaded jar can hold several), read from its zip directory: the jar
 * (a path, or its bytes) is not loaded whole.
 */
async function embeddedPoms(jar, source) {
    let entries;
    try {
        entries = await readZipEntries(jar, (name) => /^META-INF\/maven\/[^/]+\/[^/]+\/pom\.xml$/.test(name), MAX_EMBEDDED_POM_BYTES);
    }
    catch (err) {
        throw new errors/* ConfigurationError */.j1(`${source} is not a valid jar (zip) file: ${(0,errors/* errorMessage */.gJ)(err)}.`);
    }
    return [...entries].map(([path, bytes]) => ({
        path,
        bytes,
        coordinates: parsePom(bytes, `${source}!/${path}`),
    }));
}
function sameCoordinates(a, b) {
    return a.groupId === b.groupId && a.artifactId === b.artifactId && a.version === b.version;
}
function gav(c) {
    return `${c.groupId}:${c.artifactId}:${c.version}`;
}
/** Splits `lib-1.0-sources.jar` into its classifier (sources) and extension, given the coordinates. */
function binaryExtension(name) {
    const extension = BINARY_EXTENSIONS.find((e) => name.toLowerCase().endsWith(`.${e}`));
    if (!extension) {
        throw new errors/* ConfigurationError */.j1(`${name} is not a Maven artifact this action publishes: give the pom (pom.xml or *.pom) and ${BINARY_EXTENSIONS.map((e) => `*.${e}`).join(', ')} files.`);
    }
    return extension;
}
function classifyFile(name, c) {
    const extension = binaryExtension(name);
    const stem = name.slice(0, -extension.length - 1);
    const prefix = `${c.artifactId}-${c.version}`;
    let classifier;
    if (stem.startsWith(`${prefix}-`))
        classifier = stem.slice(prefix.length + 1);
    else if (stem !== prefix)
        classifier = /-(sources|javadoc)$/.exec(stem)?.[1];
    if (classifier !== undefined && !CLASSIFIER.test(classifier)) {
        throw new errors/* ConfigurationError */.j1(`The classifier '${classifier}' of ${name} is not allowed: use letters, digits, '.', '-' and '_'.`);
    }
    return { classifier, extension };
}
/** `com.acme` + `lib` -> `maven/com/acme/lib` */
function artifactDirectory(groupId, artifactId) {
    return (0,paths/* assertSafeRelativeKey */.XT)(`maven/${groupId.split('.').join('/')}/${artifactId}`);
}
/** The file name in the repository: `<a>-<v>[-<classifier>].<ext>`, with `<v>` timestamped for a snapshot upload. */
function mavenFileName(artifactId, fileVersion, extension, classifier) {
    return `${artifactId}-${fileVersion}${classifier ? `-${classifier}` : ''}.${extension}`;
}
/** A snapshot's upload version: `1.0-SNAPSHOT` built at 2026-11-24 05:00:00 as build 3 -> `1.0-20261124.050000-3`. */
function snapshotFileVersion(version, timestamp, buildNumber) {
    return `${version.slice(0, -'-SNAPSHOT'.length)}-${timestamp}-${buildNumber}`;
}
/** Decides the coordinates and each file's place, cross-checking the pom against the poms inside the jars. */
async function resolveMavenFiles(files) {
    const poms = files.filter((f) => (0,external_node_path_.basename)(f) === 'pom.xml' || f.toLowerCase().endsWith('.pom'));
    const others = files.filter((f) => !poms.includes(f));
    if (poms.length > 1) {
        throw new errors/* ConfigurationError */.j1(`Maven publishes one artifact per step, with one pom; 'path' matched ${poms.length} poms: ${poms.map((p) => (0,external_node_path_.basename)(p)).join(', ')}.`);
    }
    for (const f of others)
        binaryExtension((0,external_node_path_.basename)(f));
    const jars = others.map((path) => ({ path, name: (0,external_node_path_.basename)(path) }));
    const embedded = new Map();
    for (const j of jars)
        embedded.set(j.path, await embeddedPoms(j.path, j.name));
    let coordinates;
    let pom;
    if (poms.length === 1) {
        const bytes = await (0,promises_.readFile)(poms[0]);
        pom = { bytes, source: (0,external_node_path_.basename)(poms[0]) };
        coordinates = parsePom(bytes, pom.source);
    }
    else {
        const candidates = jars.flatMap((j) => embedded.get(j.path).map((p) => ({ jar: j.name, ...p })));
        // A shaded jar carries the poms of what it bundles: its own is the one named like the jar.
        const named = candidates.filter((c) => c.jar.startsWith(`${c.coordinates.artifactId}-${c.coordinates.version}`));
        const chosen = candidates.length === 1 ? candidates : named;
        const distinct = [...new Map(chosen.map((c) => [gav(c.coordinates), c])).values()];
        if (distinct.length !== 1) {
            throw new errors/* ConfigurationError */.j1(candidates.length === 0
                ? `No Maven coordinates: 'path' has no pom.xml and ${jars.map((j) => j.name).join(', ') || 'no jar'} carries no META-INF/maven/<groupId>/<artifactId>/pom.xml. Add the pom (pom.xml or target/*.pom) to 'path'.`
                : `Cannot tell which pom inside the jars is the artifact's (found ${candidates.map((c) => gav(c.coordinates)).join(', ')}); add the pom to 'path'.`);
        }
        pom = { bytes: distinct[0].bytes, source: `${distinct[0].jar}!/${distinct[0].path}` };
        coordinates = distinct[0].coordinates;
    }
    const binaries = [];
    for (const j of jars) {
        const { classifier, extension } = classifyFile(j.name, coordinates);
        const own = embedded.get(j.path);
        const mine = own.find((p) => p.coordinates.groupId === coordinates.groupId && p.coordinates.artifactId === coordinates.artifactId);
        if (mine && !sameCoordinates(mine.coordinates, coordinates)) {
            throw new errors/* ConfigurationError */.j1(`${j.name} was built as ${gav(mine.coordinates)} (its ${mine.path}) but ${pom.source} says ${gav(coordinates)}; publish the pom and jar of the same build.`);
        }
        if (!mine && own.length > 0 && classifier === undefined) {
            throw new errors/* ConfigurationError */.j1(`${j.name} was built as ${own.map((p) => gav(p.coordinates)).join(', ')} but ${pom.source} says ${gav(coordinates)}; publish the pom and jar of the same build.`);
        }
        binaries.push({ path: j.path, name: j.name, extension, classifier });
    }
    const seen = new Map();
    for (const b of binaries) {
        const slot = `${b.classifier ?? ''}.${b.extension}`;
        if (seen.has(slot)) {
            throw new errors/* ConfigurationError */.j1(`${seen.get(slot)} and ${b.name} would both be ${mavenFileName(coordinates.artifactId, coordinates.version, b.extension, b.classifier)}; give one file per classifier.`);
        }
        seen.set(slot, b.name);
    }
    if (coordinates.packaging !== 'pom' && binaries.length === 0) {
        throw new errors/* ConfigurationError */.j1(`${pom.source} has packaging '${coordinates.packaging}' but 'path' has no ${coordinates.packaging === 'war' ? 'war' : 'jar'}; add the built artifact (or set <packaging>pom</packaging> for a parent or BOM).`);
    }
    // The main artifact first, then its classifiers: the order of the 'urls' output.
    binaries.sort((a, b) => (a.classifier ?? '').localeCompare(b.classifier ?? '') || a.extension.localeCompare(b.extension));
    return { coordinates, pom, binaries };
}
function checksumArtifacts(key, digests) {
    return CHECKSUM_ALGORITHMS.map((algorithm) => {
        const body = Buffer.from(digests[algorithm], 'utf8');
        return {
            key: `${key}.${algorithm}`,
            body,
            size: body.length,
            contentType: 'text/plain',
            sha256: (0,external_node_crypto_.createHash)('sha256').update(body).digest('hex'),
        };
    });
}
function metadataDerived(key) {
    return (content) => checksumFiles(key, content).map(({ key: k, body, contentType }) => ({ key: k, body, contentType }));
}
/** The plan for one Maven artifact: its pom, its jar or war, and classifier jars (sources, javadoc). */
async function planMaven(files, options) {
    const { coordinates, pom, binaries } = await resolveMavenFiles(files);
    const { groupId, artifactId, version } = coordinates;
    const name = `${groupId}:${artifactId}`;
    if (options.name && options.name !== name && options.name !== artifactId) {
        throw new errors/* ConfigurationError */.j1(`Input 'name' is '${options.name}' but ${pom.source} says '${name}'; remove the input or fix it.`);
    }
    if (options.version && options.version !== version) {
        throw new errors/* ConfigurationError */.j1(`Input 'version' is '${options.version}' but ${pom.source} says '${version}'; remove the input or fix it.`);
    }
    const now = options.now ?? new Date();
    const artifactDir = artifactDirectory(groupId, artifactId);
    const versionDir = (0,paths/* assertSafeRelativeKey */.XT)(`${artifactDir}/${version}`);
    const snapshot = isSnapshotVersion(version);
    let fileVersion = version;
    let snapshotMetadata;
    const versionMetadataKey = `${versionDir}/maven-metadata.xml`;
    if (snapshot) {
        // The file names carry the build number, so the stored metadata is read now; a publish that races
        // this one is caught when the metadata is validated (before any write) or merged.
        const stored = await options.readStored?.(versionMetadataKey);
        const current = stored ? parseSnapshotMetadata(stored, versionMetadataKey) : undefined;
        const timestamp = snapshotTimestamp(now);
        const buildNumber = nextBuildNumber(current);
        fileVersion = snapshotFileVersion(version, timestamp, buildNumber);
        const updated = lastUpdatedStamp(now);
        const entries = [
            { extension: 'pom', value: fileVersion, updated },
            ...binaries.map((b) => ({ classifier: b.classifier, extension: b.extension, value: fileVersion, updated })),
        ];
        snapshotMetadata = {
            groupId,
            artifactId,
            version,
            timestamp,
            buildNumber,
            lastUpdated: updated,
            snapshotVersions: entries,
        };
    }
    const artifacts = [];
    const pomKey = `${versionDir}/${mavenFileName(artifactId, fileVersion, 'pom')}`;
    const pomChecksums = Object.fromEntries(checksumFiles('', pom.bytes).map((c) => [c.algorithm, c.body.toString('utf8')]));
    artifacts.push({
        key: (0,paths/* assertSafeRelativeKey */.XT)(pomKey),
        body: pom.bytes,
        size: pom.bytes.length,
        contentType: CONTENT_TYPES.pom,
        sha256: pomChecksums.sha256,
    });
    artifacts.push(...checksumArtifacts(pomKey, pomChecksums));
    for (const b of binaries) {
        const key = (0,paths/* assertSafeRelativeKey */.XT)(`${versionDir}/${mavenFileName(artifactId, fileVersion, b.extension, b.classifier)}`);
        const { artifact, digests } = await (0,store.fileArtifact)(b.path, key, CONTENT_TYPES[b.extension], [...CHECKSUM_ALGORITHMS]);
        artifacts.push(artifact, ...checksumArtifacts(key, digests));
    }
    const indexes = [];
    if (snapshotMetadata) {
        const ours = snapshotMetadata;
        const parse = (current) => current ? parseSnapshotMetadata(current, versionMetadataKey) : undefined;
        indexes.push({
            key: versionMetadataKey,
            contentType: 'application/xml',
            validate: (current) => void mergeSnapshotMetadata(parse(current), ours),
            merge: (current) => renderSnapshotMetadata(mergeSnapshotMetadata(parse(current), ours)),
            derived: metadataDerived(versionMetadataKey),
        });
    }
    const artifactMetadataKey = `${artifactDir}/maven-metadata.xml`;
    indexes.push({
        key: artifactMetadataKey,
        contentType: 'application/xml',
        validate: (current) => void (current && parseArtifactMetadata(current, artifactMetadataKey)),
        merge: (current) => {
            const merged = mergeArtifactMetadata(current ? parseArtifactMetadata(current, artifactMetadataKey) : undefined, {
                groupId,
                artifactId,
                version,
                now,
            });
            return merged ? renderArtifactMetadata(merged) : undefined;
        },
        derived: metadataDerived(artifactMetadataKey),
    });
    return { type: 'maven', name, version, artifacts, indexes, indexKey: 'maven/' };
}

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(62088);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(46466);
// EXTERNAL MODULE: ./node_modules/tar-stream/index.js
var tar_stream = __webpack_require__(56118);
;// CONCATENATED MODULE: ./shared/src/packages/tar-reader.ts


/**
 * Walks an (uncompressed) tar archive, in memory or streamed: the name and size of every regular file, and the
 * contents of the files `wanted` picks, in archive order. Rejects with tar-stream's error on a malformed archive
 * (or the stream's own error).
 */
async function readTarFiles(tar, wanted) {
    const files = [];
    const contents = new Map();
    const reader = (0,tar_stream.extract)();
    const done = new Promise((resolve, reject) => {
        reader.on('entry', (header, stream, next) => {
            const name = header.name.replace(/^\.\//, '');
            const isFile = header.type === 'file';
            if (isFile)
                files.push({ name, size: header.size ?? 0 });
            const keep = isFile && !contents.has(name) && wanted(name);
            const chunks = [];
            stream.on('data', (c) => {
                if (keep)
                    chunks.push(c);
            });
            stream.on('end', () => {
                if (keep)
                    contents.set(name, Buffer.concat(chunks));
                next();
            });
            stream.on('error', reject);
        });
        reader.on('finish', resolve);
        reader.on('error', reject);
    });
    if (Buffer.isBuffer(tar)) {
        reader.end(tar);
        await done;
    }
    else {
        await Promise.all([(0,external_node_stream_promises_.pipeline)(tar, reader), done]);
    }
    return { files, contents };
}

;// CONCATENATED MODULE: ./shared/src/packages/npm.ts








/**
 * npm: the registry is `<store>/npm/`. The client asks for a package's packument at `<registry>/<name>`
 * (`@scope%2fname` for a scoped one, which S3 decodes to the key `npm/@scope/name`) and downloads the
 * tarball from the packument's absolute `dist.tarball` URL, checking `dist.integrity`.
 */
const NAME = /^(?:@([a-z0-9-~][a-z0-9-._~]*)\/)?([a-z0-9-~][a-z0-9-._~]*)$/;
const RESERVED = new Set(['node_modules', 'favicon.ico']);
const MAX_TARBALL_BYTES = 512 * 1024 * 1024;
/** Checks a package name by npm's rules for new packages; returns the scope and the bare name. */
function parseNpmName(name) {
    if (typeof name !== 'string' || name.length === 0) {
        throw new errors/* ConfigurationError */.j1("package.json has no 'name'; set it to the package's name, such as @acme/widgets.");
    }
    if (name.length > 214)
        throw new errors/* ConfigurationError */.j1(`npm package name '${name}' is longer than 214 characters.`);
    const match = NAME.exec(name);
    if (!match) {
        const hint = name.startsWith('@')
            ? "a scoped name is '@scope/name', both parts in lowercase letters, digits, '-', '.', '_' or '~', the name not starting with '.' or '_'"
            : "lowercase letters, digits, '-', '.', '_' and '~', not starting with '.' or '_', with an optional '@scope/'";
        throw new errors/* ConfigurationError */.j1(`npm package name '${name}' is not valid: ${hint}.`);
    }
    const [, scope, bare] = match;
    if (RESERVED.has(bare))
        throw new errors/* ConfigurationError */.j1(`npm package name '${name}' is reserved by npm.`);
    if (bare.startsWith('.') || bare.startsWith('_')) {
        throw new errors/* ConfigurationError */.j1(`npm package name '${name}' must not start with '.' or '_'.`);
    }
    if (scope !== undefined)
        (0,paths/* assertSafeSegment */.rI)(`@${scope}`, `npm scope of '${name}'`);
    (0,paths/* assertSafeSegment */.rI)(bare, `npm package name '${name}'`);
    return { scope, bare };
}
/** A version as npm publishes it: strict semver, without build metadata (npm drops it). */
function parseNpmVersion(version, name) {
    if (typeof version !== 'string' || version.length === 0) {
        throw new errors/* ConfigurationError */.j1(`package.json of '${name}' has no 'version'; set a semver version such as 1.2.3.`);
    }
    if (version.includes('+')) {
        throw new errors/* ConfigurationError */.j1(`npm version '${version}' of '${name}' has build metadata ('+...'); npm ignores it, so two builds would collide. Publish '${version.split('+')[0]}' or a prerelease such as '${version.split('+')[0]}-build.1'.`);
    }
    const valid = semver.valid(version);
    if (!valid || valid !== version) {
        const suggestion = valid ? ` Write it as '${valid}'.` : '';
        throw new errors/* ConfigurationError */.j1(`npm version '${version}' of '${name}' is not a semantic version (MAJOR.MINOR.PATCH[-prerelease]).${suggestion}`);
    }
    return version;
}
/** Reads `package/package.json` (and counts the files) from an `npm pack` tarball. */
async function readNpmTarball(bytes, file) {
    let tar;
    try {
        tar = (0,external_node_zlib_.gunzipSync)(bytes, { maxOutputLength: MAX_TARBALL_BYTES });
    }
    catch (err) {
        throw new errors/* ConfigurationError */.j1(`${file} is not a gzip-compressed tarball (${(0,errors/* errorMessage */.gJ)(err)}); build it with 'npm pack'.`);
    }
    let read;
    try {
        // npm pack puts every file under package/; the manifest is package/package.json.
        read = await readTarFiles(tar, (name) => name === 'package/package.json');
    }
    catch (err) {
        throw new errors/* ConfigurationError */.j1(`${file} is not a valid tar archive (${(0,errors/* errorMessage */.gJ)(err)}); build it with 'npm pack'.`);
    }
    const packageJson = read.contents.get('package/package.json');
    const fileCount = read.files.length;
    const unpackedSize = read.files.reduce((sum, f) => sum + f.size, 0);
    if (!packageJson) {
        throw new errors/* ConfigurationError */.j1(`${file} has no package/package.json; build the tarball with 'npm pack'.`);
    }
    let manifest;
    try {
        manifest = JSON.parse(packageJson.toString('utf8'));
    }
    catch (err) {
        throw new errors/* ConfigurationError */.j1(`package/package.json in ${file} is not valid JSON: ${(0,errors/* errorMessage */.gJ)(err)}.`);
    }
    if (!manifest || typeof manifest !== 'object' || Array.isArray(manifest)) {
        throw new errors/* ConfigurationError */.j1(`package/package.json in ${file} is not a JSON object.`);
    }
    const m = manifest;
    const name = m.name;
    parseNpmName(name);
    const version = parseNpmVersion(m.version, name);
    return { manifest: m, name, version, fileCount, unpackedSize };
}
/** `npm/<name>/-/<bare>-<version>.tgz`, as the public registry lays tarballs out. */
function npmTarballKey(name, version) {
    const { bare } = parseNpmName(name);
    return (0,paths/* assertSafeRelativeKey */.XT)(`npm/${name}/-/${bare}-${version}.tgz`);
}
function npmPackumentKey(name) {
    parseNpmName(name);
    return (0,paths/* assertSafeRelativeKey */.XT)(`npm/${name}`);
}
function parsePackument(current, key) {
    let parsed;
    try {
        parsed = JSON.parse(current.toString('utf8'));
    }
    catch (err) {
        throw new Error(`The packument at ${key} is not valid JSON (${(0,errors/* errorMessage */.gJ)(err)}); repair or remove it.`, {
            cause: err,
        });
    }
    const p = parsed;
    if (!p || typeof p !== 'object' || typeof p.versions !== 'object' || p.versions === null) {
        throw new Error(`The packument at ${key} has no 'versions' object; repair or remove it.`);
    }
    return { ...p, 'dist-tags': { ...(p['dist-tags'] ?? {}) }, time: { ...(p.time ?? {}) } };
}
/**
 * Which dist-tags change when `version` is added: an explicit tag is set as told; otherwise `latest` moves
 * only forward, and never to a prerelease unless there is no latest yet (npm needs one to install).
 */
function nextDistTags(current, version, distTag) {
    const tags = { ...current };
    if (distTag) {
        tags[distTag] = version;
        return tags;
    }
    const latest = tags.latest;
    if (!latest || !semver.valid(latest))
        tags.latest = version;
    else if (semver.prerelease(version) === null && semver.gt(version, latest))
        tags.latest = version;
    return tags;
}
/** Validates an npm dist-tag: not a version range (npm refuses those), a safe name. */
function parseDistTag(tag) {
    if (tag === undefined)
        return undefined;
    if (!/^[A-Za-z][A-Za-z0-9._-]{0,63}$/.test(tag) || semver.validRange(tag) !== null) {
        throw new errors/* ConfigurationError */.j1(`Input 'dist-tag' is '${tag}'; a dist-tag is a word such as latest, next or beta, not a version or range.`);
    }
    return tag;
}
/**
 * Adds one version to a packument (or creates it). Returns undefined when the version is already there with
 * the same integrity and the dist-tags would not change, so an identical re-publish writes nothing.
 */
function mergePackument(current, entry) {
    const now = entry.now.toISOString();
    const base = current ?? {
        _id: entry.name,
        name: entry.name,
        'dist-tags': {},
        versions: {},
        time: { created: now },
    };
    const existing = base.versions[entry.version];
    if (existing && existing.dist?.integrity !== entry.dist.integrity) {
        throw new errors/* ConfigurationError */.j1(`${entry.name}@${entry.version} is already published with other content (integrity ${existing.dist?.integrity ?? 'unknown'}). Versions are immutable: publish a new version.`);
    }
    const tags = nextDistTags(base['dist-tags'], entry.version, entry.distTag);
    const tagsChanged = JSON.stringify(tags) !== JSON.stringify(base['dist-tags']);
    if (existing && !tagsChanged)
        return undefined;
    const versions = { ...base.versions };
    if (!existing) {
        const manifest = { ...entry.manifest };
        // npm's registry does not serve these from a version manifest; they are large or private to the publisher.
        for (const field of ['readme', 'readmeFilename', '_id', '_resolved', '_integrity', '_from'])
            delete manifest[field];
        versions[entry.version] = { ...manifest, _id: `${entry.name}@${entry.version}`, dist: entry.dist };
    }
    const time = { ...base.time, created: base.time.created ?? now, modified: now };
    if (!existing)
        time[entry.version] = now;
    const latestManifest = versions[tags.latest] ?? versions[entry.version];
    const description = typeof latestManifest.description === 'string' ? latestManifest.description : base.description;
    return {
        ...base,
        _id: entry.name,
        name: entry.name,
        ...(description !== undefined ? { description } : {}),
        'dist-tags': tags,
        versions: sortVersions(versions),
        time,
    };
}
function sortVersions(versions) {
    const out = {};
    for (const v of Object.keys(versions).sort((a, b) => semver.valid(a) && semver.valid(b) ? semver.compare(a, b) : a.localeCompare(b)))
        out[v] = versions[v];
    return out;
}
/** The plan for one `npm pack` tarball. */
async function planNpm(files, options) {
    const tarballs = files.filter((f) => f.endsWith('.tgz') || f.endsWith('.tar.gz'));
    if (files.length !== 1 || tarballs.length !== 1) {
        throw new errors/* ConfigurationError */.j1(`npm publishes one 'npm pack' tarball (.tgz) per step; 'path' matched ${files.length} file(s): ${files.map((f) => (0,external_node_path_.basename)(f)).join(', ') || 'none'}.`);
    }
    const file = tarballs[0];
    const bytes = await (0,promises_.readFile)(file);
    const tarball = await readNpmTarball(bytes, (0,external_node_path_.basename)(file));
    const { name, version } = tarball;
    if (options.name && options.name !== name) {
        throw new errors/* ConfigurationError */.j1(`Input 'name' is '${options.name}' but the tarball's package.json says '${name}'; remove the input or fix it.`);
    }
    if (options.version && options.version !== version) {
        throw new errors/* ConfigurationError */.j1(`Input 'version' is '${options.version}' but the tarball's package.json says '${version}'; remove the input or fix it.`);
    }
    const distTag = parseDistTag(options.distTag);
    const tarballKey = npmTarballKey(name, version);
    const packumentKey = npmPackumentKey(name);
    const dist = {
        shasum: (0,external_node_crypto_.createHash)('sha1').update(bytes).digest('hex'),
        integrity: `sha512-${(0,external_node_crypto_.createHash)('sha512').update(bytes).digest('base64')}`,
        tarball: (0,paths/* publicUrl */.x6)(options.storeUrl, tarballKey),
        fileCount: tarball.fileCount,
        unpackedSize: tarball.unpackedSize,
    };
    const now = options.now ?? new Date();
    const entry = { name, version, manifest: tarball.manifest, dist, distTag, now };
    const packument = {
        key: packumentKey,
        contentType: 'application/json',
        cacheControl: 'no-cache',
        validate: (current) => {
            if (current)
                mergePackument(parsePackument(current, packumentKey), { ...entry, distTag: undefined });
        },
        merge: (current) => {
            const merged = mergePackument(current ? parsePackument(current, packumentKey) : undefined, entry);
            return merged ? Buffer.from(JSON.stringify(merged, null, 2) + '\n') : undefined;
        },
    };
    return {
        type: 'npm',
        name,
        version,
        artifacts: [
            {
                key: tarballKey,
                body: bytes,
                size: bytes.length,
                contentType: 'application/octet-stream',
                sha256: (0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex'),
            },
        ],
        indexes: [packument],
        indexKey: 'npm/',
    };
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./node_modules/@renovatebot/pep440/index.js
var pep440 = __webpack_require__(68898);
;// CONCATENATED MODULE: ./shared/src/packages/pep440.ts

function parsePep440(version) {
    const v = (0,pep440.explain)(version.trim());
    if (!v)
        return undefined;
    let normalized = v.epoch ? `${v.epoch}!` : '';
    normalized += v.release.join('.');
    if (v.pre)
        normalized += `${v.pre[0]}${v.pre[1]}`;
    if (v.post !== null && v.post !== undefined)
        normalized += `.post${String(v.post)}`;
    if (v.dev !== null && v.dev !== undefined)
        normalized += `.dev${String(v.dev)}`;
    if (v.local)
        normalized += `+${v.local}`;
    return { normalized, isPrerelease: v.is_prerelease, hasLocal: Boolean(v.local) };
}
/** PEP 440 order (epoch, release, pre/post/dev, local); unparsable versions sort first, by text. */
function comparePep440(a, b) {
    const va = (0,pep440.explain)(a);
    const vb = (0,pep440.explain)(b);
    if (va && vb)
        return Math.sign((0,pep440.compare)(a, b));
    if (!va && !vb)
        return a < b ? -1 : a > b ? 1 : 0;
    return va ? 1 : -1;
}
/** PEP 503: runs of '-', '_' and '.' become one '-', in lowercase. */
function normalizeProjectName(name) {
    return name.replace(/[-_.]+/g, '-').toLowerCase();
}
/** PEP 508's project name: letters and digits, with '.', '-' and '_' inside. */
function isValidProjectName(name) {
    return /^([A-Z0-9]|[A-Z0-9][A-Z0-9._-]*[A-Z0-9])$/i.test(name);
}

;// CONCATENATED MODULE: ./shared/src/packages/python-index.ts


/**
 * The simple repository API that pip reads, in both forms: PEP 691 JSON (the stored source of truth, merged
 * under optimistic concurrency) and the PEP 503 HTML pages rendered from it. A project's JSON lists every
 * file ever published for it; a merge only adds files, and refuses a file name that is listed with another
 * hash.
 */
const SIMPLE_JSON = 'application/vnd.pypi.simple.v1+json';
const SIMPLE_HTML = 'text/html';
const API_VERSION = '1.1';
function parseJson(content, key) {
    let value;
    try {
        value = JSON.parse(content.toString('utf8'));
    }
    catch (err) {
        throw new Error(`The stored ${key} is not valid JSON (${err.message}); repair or remove it.`, {
            cause: err,
        });
    }
    if (!value || typeof value !== 'object' || Array.isArray(value)) {
        throw new Error(`The stored ${key} is not a JSON object; repair or remove it.`);
    }
    return value;
}
function parseSimpleProject(content, key) {
    const value = parseJson(content, key);
    if (!Array.isArray(value.files) || typeof value.name !== 'string') {
        throw new Error(`The stored ${key} has no 'name' and 'files'; repair or remove it.`);
    }
    return {
        meta: { 'api-version': API_VERSION },
        name: value.name,
        versions: Array.isArray(value.versions) ? value.versions : [],
        files: value.files,
    };
}
function parseSimpleRoot(content, key) {
    const value = parseJson(content, key);
    if (!Array.isArray(value.projects))
        throw new Error(`The stored ${key} has no 'projects'; repair or remove it.`);
    return { meta: { 'api-version': API_VERSION }, projects: value.projects };
}
/** The version in a wheel's or sdist's file name, normalised; undefined when it does not parse. */
function versionOfFilename(filename) {
    const wheel = /^[^-]+-([^-]+)-.+\.whl$/.exec(filename)?.[1];
    const sdist = /^.+-([^-]+)\.(?:tar\.gz|zip|tar\.bz2|tgz)$/.exec(filename)?.[1];
    const version = wheel ?? sdist;
    return version ? parsePep440(version)?.normalized : undefined;
}
/** Throws when a file of this release is listed with other content: published files are immutable. */
function assertNoConflict(current, files) {
    for (const file of files) {
        const listed = current?.files.find((f) => f.filename === file.filename);
        if (listed && listed.hashes?.sha256 !== file.hashes.sha256) {
            throw new errors/* ConfigurationError */.j1(`${file.filename} is already published with other content (sha256 ${listed.hashes?.sha256 || 'unknown'}, this file ${file.hashes.sha256}). Published files are immutable: publish a new version (or a build tag for a wheel).`);
        }
    }
}
/** Adds this release's files (and version) to the project's index; undefined when all are already listed. */
function mergeSimpleProject(stored, add) {
    // Without JSON yet, the files of an existing HTML page are its starting point.
    const current = stored ??
        (add.adopt?.length
            ? { meta: { 'api-version': API_VERSION }, name: add.name, versions: [], files: add.adopt }
            : undefined);
    assertNoConflict(current, add.files);
    const listed = new Set(current?.files.map((f) => f.filename));
    const added = add.files.filter((f) => !listed.has(f.filename));
    const versions = stored
        ? stored.versions
        : (add.adopt ?? []).map((f) => versionOfFilename(f.filename)).filter((v) => v !== undefined);
    if (stored && added.length === 0 && versions.includes(add.version))
        return undefined;
    return {
        meta: { 'api-version': API_VERSION },
        name: add.name,
        versions: [...new Set([...versions, add.version])].sort(comparePep440),
        files: [...(current?.files ?? []), ...added],
    };
}
/** Adds a project to the root index; undefined when it is listed. */
function mergeSimpleRoot(current, name, adopt = []) {
    const projects = current?.projects ?? [];
    if (current && projects.some((p) => p.name === name))
        return undefined;
    const names = new Set([...projects.map((p) => p.name), ...(current ? [] : adopt), name]);
    return {
        meta: { 'api-version': API_VERSION },
        projects: [...names].sort().map((n) => ({ name: n })),
    };
}
function unescapeHtml(text) {
    return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (entity, code) => {
        const named = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
        if (code[0] !== '#')
            return named[code.toLowerCase()] ?? entity;
        const n = code[1].toLowerCase() === 'x' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
        return Number.isFinite(n) ? String.fromCodePoint(n) : entity;
    });
}
function python_index_anchors(html) {
    const found = [];
    for (const match of html.matchAll(/<a\s([^>]*)>([^<]*)<\/a>/gi)) {
        const attributes = {};
        for (const a of match[1].matchAll(/([a-z][a-z0-9-]*)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/gi)) {
            attributes[a[1].toLowerCase()] = unescapeHtml(a[2] ?? a[3] ?? a[4] ?? '');
        }
        found.push({ attributes, text: unescapeHtml(match[2].trim()) });
    }
    return found;
}
/**
 * The files of a PEP 503 project page written before the JSON existed (by another tool): adopted into the
 * first JSON, so that no file listed there is dropped. Links without a sha256 fragment are kept without one.
 */
function filesFromProjectPage(html) {
    return python_index_anchors(html).flatMap(({ attributes, text }) => {
        const href = attributes.href;
        if (!href)
            return [];
        const [url, fragment = ''] = href.split('#', 2);
        const filename = text || decodeURIComponent(url.split('/').pop() ?? '');
        if (!filename)
            return [];
        const sha256 = /(?:^|&)sha256=([0-9a-f]{64})/i.exec(fragment)?.[1]?.toLowerCase();
        const metadata = attributes['data-core-metadata'] ?? attributes['data-dist-info-metadata'];
        const metadataHash = metadata ? /^sha256=([0-9a-f]{64})$/i.exec(metadata)?.[1] : undefined;
        const file = { filename, url, hashes: sha256 ? { sha256 } : {} };
        if (attributes['data-requires-python'])
            file['requires-python'] = attributes['data-requires-python'];
        if (metadataHash)
            file['core-metadata'] = file['dist-info-metadata'] = { sha256: metadataHash.toLowerCase() };
        if (attributes['data-yanked'] !== undefined)
            file.yanked = attributes['data-yanked'] || true;
        return [file];
    });
}
/** The project names of a PEP 503 root page written before the JSON existed. */
function projectsFromRootPage(html) {
    return python_index_anchors(html)
        .map(({ text }) => text)
        .filter((name) => name.length > 0);
}
function escapeHtml(text) {
    return text
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/'/g, '&#39;');
}
function page(title, links) {
    return Buffer.from(`<!DOCTYPE html>
<html>
  <head>
    <meta name="pypi:repository-version" content="${API_VERSION}">
    <title>${escapeHtml(title)}</title>
  </head>
  <body>
    <h1>${escapeHtml(title)}</h1>
${links.map((l) => `    ${l}<br>\n`).join('')}  </body>
</html>
`, 'utf8');
}
/** PEP 503 project page: one anchor per file, with its hash, Requires-Python and metadata hash. */
function renderProjectPage(project) {
    const links = project.files.map((f) => {
        const hash = f.hashes?.sha256 ? `#sha256=${f.hashes.sha256}` : '';
        const attributes = [`href="${escapeHtml(`${f.url}${hash}`)}"`];
        if (f['requires-python'])
            attributes.push(`data-requires-python="${escapeHtml(f['requires-python'])}"`);
        const metadata = f['core-metadata'] ?? f['dist-info-metadata'];
        if (metadata) {
            attributes.push(`data-dist-info-metadata="sha256=${escapeHtml(metadata.sha256)}"`);
            attributes.push(`data-core-metadata="sha256=${escapeHtml(metadata.sha256)}"`);
        }
        if (f.yanked)
            attributes.push(`data-yanked="${escapeHtml(typeof f.yanked === 'string' ? f.yanked : '')}"`);
        return `<a ${attributes.join(' ')}>${escapeHtml(f.filename)}</a>`;
    });
    return page(`Links for ${project.name}`, links);
}
function renderRootPage(root) {
    return page('Simple index', root.projects.map((p) => `<a href="${escapeHtml(encodeURIComponent(p.name))}/">${escapeHtml(p.name)}</a>`));
}
function renderJson(value) {
    return Buffer.from(JSON.stringify(value, null, 2) + '\n', 'utf8');
}

;// CONCATENATED MODULE: ./shared/src/packages/python.ts











/**
 * Python: wheels and sdists under `python/files/<project>/`, and the simple repository API under
 * `python/simple/` for `pip install --index-url <store>/python/simple/`: the root page and one page per
 * project (PEP 503 HTML at the trailing-slash key and at index.html, PEP 691 JSON at index.json). Name and
 * version come from the wheel's METADATA or the sdist's PKG-INFO and must agree with the file name.
 */
const FILE_NAME = /^[A-Za-z0-9][A-Za-z0-9._+!-]*$/;
const WHEEL_NAME = /^([^-]+)-([^-]+)(?:-(\d[^-]*))?-([^-]+)-([^-]+)-([^-]+)\.whl$/;
const MAX_METADATA_BYTES = 16 * 1024 * 1024;
/** Parses the email-header block of METADATA / PKG-INFO (the description after the blank line is ignored). */
function parseCoreMetadata(text, source) {
    const headers = new Map();
    let last;
    for (const line of text.replace(/\r\n?/g, '\n').split('\n')) {
        if (line === '')
            break;
        if (/^[ \t]/.test(line) && last) {
            headers.set(last, `${headers.get(last)}\n${line.trim()}`);
            continue;
        }
        const colon = line.indexOf(':');
        if (colon <= 0) {
            throw new errors/* ConfigurationError */.j1(`${source} is not in the core metadata format: '${line.slice(0, 80)}' is not a header.`);
        }
        last = line.slice(0, colon).trim().toLowerCase();
        // Multiple-use fields (Classifier, Requires-Dist) are not needed here; the first of each is kept.
        if (!headers.has(last))
            headers.set(last, line.slice(colon + 1).trim());
    }
    const name = headers.get('name');
    const version = headers.get('version');
    const missing = [!name && 'Name', !version && 'Version'].filter(Boolean);
    if (missing.length > 0) {
        throw new errors/* ConfigurationError */.j1(`${source} has no ${missing.join(' or ')} header; rebuild the distribution.`);
    }
    return {
        name: name,
        version: version,
        requiresPython: headers.get('requires-python') || undefined,
        metadataVersion: headers.get('metadata-version'),
        summary: headers.get('summary'),
    };
}
function checkName(name, source) {
    if (!isValidProjectName(name)) {
        throw new errors/* ConfigurationError */.j1(`Project name '${name}' in ${source} is not valid: use letters, digits, '.', '-' and '_', starting and ending with a letter or digit.`);
    }
    return normalizeProjectName(name);
}
function checkVersion(version, source) {
    const parsed = parsePep440(version);
    if (!parsed) {
        throw new errors/* ConfigurationError */.j1(`Version '${version}' in ${source} is not a PEP 440 version (such as 1.4.0, 2.0rc1, 1.0.post1 or 1.0.dev3).`);
    }
    if (parsed.hasLocal) {
        throw new errors/* ConfigurationError */.j1(`Version '${version}' in ${source} has a local part ('+...'); local versions are for builds that are not published. Publish '${parsed.normalized.split('+')[0]}' or a .postN/.devN release.`);
    }
    return parsed;
}
async function readWheelMetadata(path, filename) {
    let entries;
    try {
        entries = await readZipEntries(path, (name) => /^[^/]+\.dist-info\/METADATA$/.test(name), MAX_METADATA_BYTES);
    }
    catch (err) {
        throw new errors/* ConfigurationError */.j1(`${filename} is not a valid wheel (zip) file: ${(0,errors/* errorMessage */.gJ)(err)}.`);
    }
    const found = [...entries.keys()];
    if (found.length !== 1) {
        throw new errors/* ConfigurationError */.j1(found.length === 0
            ? `${filename} has no <name>-<version>.dist-info/METADATA; build the wheel with 'python -m build' or 'pip wheel'.`
            : `${filename} has several .dist-info folders (${found.map((f) => f.split('/')[0]).join(', ')}); a wheel has one.`);
    }
    return { metadata: entries.get(found[0]), distInfo: found[0].split('/')[0] };
}
/**
 * PKG-INFO at the top folder of an sdist (`<name>-<version>/PKG-INFO`), from a .tar.gz (streamed) or a .zip (its
 * directory): the archive is never held in memory whole.
 */
async function readSdistMetadata(path, filename) {
    if (filename.endsWith('.zip')) {
        let entries;
        try {
            entries = await readZipEntries(path, (name) => /^[^/]+\/PKG-INFO$/.test(name), MAX_METADATA_BYTES);
        }
        catch (err) {
            throw new errors/* ConfigurationError */.j1(`${filename} is not a valid zip file: ${(0,errors/* errorMessage */.gJ)(err)}.`);
        }
        const first = [...entries.values()][0];
        if (!first)
            throw new errors/* ConfigurationError */.j1(`${filename} has no <name>-<version>/PKG-INFO; build it with 'python -m build --sdist'.`);
        return Buffer.from(first);
    }
    let pkgInfo;
    try {
        const isPkgInfo = (name) => {
            const parts = name.split('/');
            return parts.length === 2 && parts[1] === 'PKG-INFO';
        };
        const file = (0,external_node_fs_.createReadStream)(path);
        const gunzip = (0,external_node_zlib_.createGunzip)();
        file.on('error', (err) => gunzip.destroy(err));
        pkgInfo = [...(await readTarFiles(file.pipe(gunzip), isPkgInfo)).contents.values()][0];
    }
    catch (err) {
        const zlib = String(err.code ?? '').startsWith('Z_');
        throw new errors/* ConfigurationError */.j1(zlib
            ? `${filename} is not a gzip-compressed tarball (${(0,errors/* errorMessage */.gJ)(err)}).`
            : `${filename} is not a valid tar archive (${(0,errors/* errorMessage */.gJ)(err)}).`);
    }
    if (!pkgInfo) {
        throw new errors/* ConfigurationError */.j1(`${filename} has no <name>-<version>/PKG-INFO; build it with 'python -m build --sdist'.`);
    }
    return pkgInfo;
}
function mismatch(filename, what, inName, inMetadata, source) {
    return new errors/* ConfigurationError */.j1(`${filename} names ${what} '${inName}' but its ${source} says '${inMetadata}'; rebuild the distribution (the file name must match its metadata).`);
}
/** Reads one wheel or sdist and checks that its file name agrees with its metadata. */
async function readDistribution(path) {
    const filename = (0,external_node_path_.basename)(path);
    (0,paths/* assertSafeSegment */.rI)(filename, `file name '${filename}'`);
    if (!FILE_NAME.test(filename)) {
        throw new errors/* ConfigurationError */.j1(`File name '${filename}' is not allowed: use letters, digits, '.', '-', '_', '+' and '!'.`);
    }
    if (filename.endsWith('.whl')) {
        const parts = WHEEL_NAME.exec(filename);
        if (!parts) {
            throw new errors/* ConfigurationError */.j1(`${filename} is not a wheel file name: '{name}-{version}[-{build}]-{python}-{abi}-{platform}.whl'.`);
        }
        const { metadata: raw, distInfo } = await readWheelMetadata(path, filename);
        const metadata = parseCoreMetadata(raw.toString('utf8'), `${filename}!/${distInfo}/METADATA`);
        const project = checkName(metadata.name, `${filename}'s METADATA`);
        const version = checkVersion(metadata.version, `${filename}'s METADATA`);
        if (normalizeProjectName(parts[1]) !== project)
            throw mismatch(filename, 'project', parts[1], metadata.name, 'METADATA');
        if (parsePep440(parts[2])?.normalized !== version.normalized) {
            throw mismatch(filename, 'version', parts[2], metadata.version, 'METADATA');
        }
        const [distName, ...distVersion] = distInfo.replace(/\.dist-info$/, '').split('-');
        if (normalizeProjectName(distName) !== project ||
            parsePep440(distVersion.join('-'))?.normalized !== version.normalized) {
            throw mismatch(filename, 'the folder', distInfo, `${metadata.name} ${metadata.version}`, 'METADATA');
        }
        return {
            path,
            filename,
            kind: 'wheel',
            metadata,
            metadataFile: raw,
            project,
            version: version.normalized,
            isPrerelease: version.isPrerelease,
        };
    }
    const stem = /^(.+)\.(tar\.gz|zip)$/.exec(filename)?.[1];
    if (!stem) {
        throw new errors/* ConfigurationError */.j1(`${filename} is not a Python distribution: publish wheels (*.whl) and sdists (*.tar.gz), as 'python -m build' writes them.`);
    }
    const metadata = parseCoreMetadata((await readSdistMetadata(path, filename)).toString('utf8'), `${filename}!/PKG-INFO`);
    const project = checkName(metadata.name, `${filename}'s PKG-INFO`);
    const version = checkVersion(metadata.version, `${filename}'s PKG-INFO`);
    // The project part of an sdist's name may itself hold '-' (older tools), so split at the last one.
    const dash = stem.lastIndexOf('-');
    const [namePart, versionPart] = dash > 0 ? [stem.slice(0, dash), stem.slice(dash + 1)] : [stem, ''];
    if (normalizeProjectName(namePart) !== project)
        throw mismatch(filename, 'project', namePart, metadata.name, 'PKG-INFO');
    if (parsePep440(versionPart)?.normalized !== version.normalized) {
        throw mismatch(filename, 'version', versionPart, metadata.version, 'PKG-INFO');
    }
    return {
        path,
        filename,
        kind: 'sdist',
        metadata,
        project,
        version: version.normalized,
        isPrerelease: version.isPrerelease,
    };
}
function sha256(bytes) {
    return (0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex');
}
/** What an HTML page holds when its JSON is absent (read at the trailing-slash key, else index.html). */
async function legacyPage(options, jsonKey, dirKey, parse) {
    if (!options.readStored || (await options.readStored(jsonKey)))
        return [];
    const html = (await options.readStored(dirKey)) ?? (await options.readStored(`${dirKey}index.html`));
    return html ? parse(html.toString('utf8')) : [];
}
/** The plan for one release of one project: its wheels and sdist, and the simple index entries. */
async function planPython(files, options) {
    if (files.length === 0)
        throw new errors/* ConfigurationError */.j1("'path' matched no files; nothing to publish.");
    const distributions = [];
    for (const file of files)
        distributions.push(await readDistribution(file));
    const first = distributions[0];
    for (const d of distributions) {
        if (d.project !== first.project || d.version !== first.version) {
            throw new errors/* ConfigurationError */.j1(`One step publishes one release: ${first.filename} is ${first.project} ${first.version} but ${d.filename} is ${d.project} ${d.version}. Publish them in separate steps.`);
        }
    }
    const names = new Set(distributions.map((d) => d.filename));
    if (names.size !== distributions.length)
        throw new errors/* ConfigurationError */.j1("'path' lists the same file name twice.");
    const { project, version } = first;
    if (options.name && normalizeProjectName(options.name) !== project) {
        throw new errors/* ConfigurationError */.j1(`Input 'name' is '${options.name}' but the distribution's metadata says '${first.metadata.name}'; remove the input or fix it.`);
    }
    if (options.version && parsePep440(options.version)?.normalized !== version) {
        throw new errors/* ConfigurationError */.j1(`Input 'version' is '${options.version}' but the distribution's metadata says '${first.metadata.version}'; remove the input or fix it.`);
    }
    const now = (options.now ?? new Date()).toISOString();
    const artifacts = [];
    const entries = [];
    for (const d of distributions) {
        const key = (0,paths/* assertSafeRelativeKey */.XT)(`python/files/${project}/${d.filename}`);
        const contentType = d.kind === 'wheel' ? 'application/zip' : d.filename.endsWith('.zip') ? 'application/zip' : 'application/gzip';
        const { artifact } = await (0,store.fileArtifact)(d.path, key, contentType);
        artifacts.push(artifact);
        const entry = {
            filename: d.filename,
            url: `../../files/${encodeURIComponent(project)}/${encodeURIComponent(d.filename)}`,
            hashes: { sha256: artifact.sha256 },
            ...(d.metadata.requiresPython ? { 'requires-python': d.metadata.requiresPython } : {}),
            size: artifact.size,
            'upload-time': now,
            yanked: false,
        };
        if (d.metadataFile) {
            // PEP 658: pip reads the wheel's METADATA alone, to resolve without downloading the wheel.
            const metadataHash = sha256(d.metadataFile);
            artifacts.push({
                key: `${key}.metadata`,
                body: d.metadataFile,
                size: d.metadataFile.length,
                contentType: 'text/plain; charset=utf-8',
                sha256: metadataHash,
            });
            entry['core-metadata'] = { sha256: metadataHash };
            entry['dist-info-metadata'] = { sha256: metadataHash };
        }
        entries.push(entry);
    }
    const projectKey = (0,paths/* assertSafeRelativeKey */.XT)(`python/simple/${project}/index.json`);
    const projectDir = `python/simple/${project}/`;
    const rootKey = 'python/simple/index.json';
    // A store whose pages another tool wrote has HTML and no JSON yet: its links are adopted, not dropped.
    const adoptedFiles = await legacyPage(options, projectKey, projectDir, filesFromProjectPage);
    const adoptedProjects = await legacyPage(options, rootKey, 'python/simple/', projectsFromRootPage);
    const add = { name: project, version, files: entries, adopt: adoptedFiles };
    const parseProject = (current) => (current ? parseSimpleProject(current, projectKey) : undefined);
    const projectIndex = {
        key: projectKey,
        contentType: SIMPLE_JSON,
        validate: (current) => void mergeSimpleProject(parseProject(current), add),
        merge: (current) => {
            const merged = mergeSimpleProject(parseProject(current), add);
            return merged ? renderJson(merged) : undefined;
        },
        derived: (content) => {
            const html = renderProjectPage(parseSimpleProject(content, projectKey));
            return [
                { key: projectDir, body: html, contentType: SIMPLE_HTML },
                { key: `${projectDir}index.html`, body: html, contentType: SIMPLE_HTML },
            ];
        },
    };
    const rootIndex = {
        key: rootKey,
        contentType: SIMPLE_JSON,
        validate: (current) => void (current && parseSimpleRoot(current, rootKey)),
        merge: (current) => {
            const merged = mergeSimpleRoot(current ? parseSimpleRoot(current, rootKey) : undefined, project, adoptedProjects);
            return merged ? renderJson(merged) : undefined;
        },
        derived: (content) => {
            const html = renderRootPage(parseSimpleRoot(content, rootKey));
            return [
                { key: 'python/simple/', body: html, contentType: SIMPLE_HTML },
                { key: 'python/simple/index.html', body: html, contentType: SIMPLE_HTML },
            ];
        },
    };
    return {
        type: 'python',
        name: first.metadata.name,
        version,
        artifacts,
        indexes: [projectIndex, rootIndex],
        indexKey: 'python/simple/',
    };
}

// EXTERNAL MODULE: ./node_modules/p-limit/index.js
var p_limit = __webpack_require__(58890);
var p_limit_default = /*#__PURE__*/__webpack_require__.n(p_limit);
;// CONCATENATED MODULE: ./shared/src/packages/zip.ts







/**
 * zip: any files, grouped under a name and a version given as inputs: `zip/<name>/<version>/<file>`, a
 * `<file>.sha256` beside each (sha256sum format), and `zip/<name>/index.json` listing every version.
 */
const ZIP_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;
const ZIP_VERSION = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;
const zip_FILE_NAME = /^[A-Za-z0-9][A-Za-z0-9._+-]{0,199}$/;
function parseZipName(name) {
    if (!name) {
        throw new errors/* ConfigurationError */.j1("Input 'name' is required for type zip: the artifact's name, such as 'reports'.");
    }
    (0,paths/* assertSafeSegment */.rI)(name, `zip name '${name}'`);
    if (!ZIP_NAME.test(name)) {
        throw new errors/* ConfigurationError */.j1(`Input 'name' is '${name}'; a zip name is up to 128 letters, digits, '.', '-' and '_', starting with a letter or digit.`);
    }
    return name;
}
function parseZipVersion(version) {
    if (!version) {
        throw new errors/* ConfigurationError */.j1("Input 'version' is required for type zip: the version, such as '1.4.0' or '2026.11.24'.");
    }
    (0,paths/* assertSafeSegment */.rI)(version, `zip version '${version}'`);
    if (!ZIP_VERSION.test(version)) {
        throw new errors/* ConfigurationError */.j1(`Input 'version' is '${version}'; a zip version is up to 128 letters, digits, '.', '-' and '_', starting with a letter or digit (no '+' or '/').`);
    }
    return version;
}
function parseFileName(file) {
    const name = (0,external_node_path_.basename)(file);
    (0,paths/* assertSafeSegment */.rI)(name, `file name '${name}'`);
    if (!zip_FILE_NAME.test(name) || name.endsWith('.sha256')) {
        throw new errors/* ConfigurationError */.j1(`File '${name}' cannot be published as zip: file names are letters, digits, '.', '-', '_' and '+', and not *.sha256 (written for you).`);
    }
    return name;
}
/** Versions in semver order when all of them parse, else in the order they were published. */
function sortZipVersions(versions) {
    const all = [...versions];
    if (all.every((v) => semver.valid(v.version)))
        return all.sort((a, b) => semver.compare(a.version, b.version));
    return all.sort((a, b) => a.published.localeCompare(b.published) || a.version.localeCompare(b.version));
}
function sameFiles(a, b) {
    const key = (f) => JSON.stringify([...f].sort((x, y) => x.name.localeCompare(y.name)).map((x) => [x.name, x.sha256]));
    return key(a) === key(b);
}
function parseZipIndex(current, key) {
    let parsed;
    try {
        parsed = JSON.parse(current.toString('utf8'));
    }
    catch {
        throw new Error(`The zip index at ${key} is not valid JSON; repair or remove it.`);
    }
    const p = parsed;
    if (!p || !Array.isArray(p.versions))
        throw new Error(`The zip index at ${key} has no 'versions' list; repair or remove it.`);
    return p;
}
/**
 * Adds a version; undefined when it is already listed with the same files. A version listed with other
 * files is a ConfigurationError: versions are immutable, files included.
 */
function mergeZipIndex(current, name, entry) {
    const versions = current?.versions ?? [];
    const existing = versions.find((v) => v.version === entry.version);
    if (existing) {
        if (sameFiles(existing.files, entry.files))
            return undefined;
        throw new errors/* ConfigurationError */.j1(`zip ${name} ${entry.version} is already published with the files ${existing.files.map((f) => f.name).join(', ')}; ` +
            `this run has ${entry.files.map((f) => f.name).join(', ')}. Versions are immutable: publish a new version.`);
    }
    const sorted = sortZipVersions([...versions, entry]);
    return { name, latest: sorted.at(-1)?.version, versions: sorted };
}
function zipIndexKey(name) {
    return (0,paths/* assertSafeRelativeKey */.XT)(`zip/${parseZipName(name)}/index.json`);
}
async function planZip(files, options) {
    const name = parseZipName(options.name);
    const version = parseZipVersion(options.version);
    if (files.length === 0)
        throw new errors/* ConfigurationError */.j1("'path' matched no files to publish as zip.");
    const names = files.map(parseFileName);
    const duplicate = names.find((n, i) => names.indexOf(n) !== i);
    if (duplicate) {
        throw new errors/* ConfigurationError */.j1(`Two files named '${duplicate}' were matched; a zip version holds each file name once.`);
    }
    const artifacts = [];
    const entries = [];
    const keys = names.map((n) => (0,paths/* assertSafeRelativeKey */.XT)(`zip/${name}/${version}/${n}`));
    // Files are read and hashed a few at a time: reading one while hashing another.
    const limit = p_limit_default()(4);
    const read = await Promise.all(files.map((f, i) => limit(() => (0,store.fileArtifact)(f, keys[i], contentTypeOf(names[i])))));
    for (const [i, { artifact }] of read.entries()) {
        const key = keys[i];
        artifacts.push(artifact);
        const sumFile = Buffer.from(`${artifact.sha256}  ${names[i]}\n`);
        artifacts.push(checksumArtifact(`${key}.sha256`, sumFile));
        entries.push({ name: names[i], size: artifact.size, sha256: artifact.sha256 });
    }
    const entry = { version, published: (options.now ?? new Date()).toISOString(), files: entries };
    const indexKey = zipIndexKey(name);
    const index = {
        key: indexKey,
        contentType: 'application/json',
        cacheControl: 'no-cache',
        validate: (current) => {
            if (current)
                mergeZipIndex(parseZipIndex(current, indexKey), name, entry);
        },
        merge: (current) => {
            const merged = mergeZipIndex(current ? parseZipIndex(current, indexKey) : undefined, name, entry);
            return merged ? Buffer.from(JSON.stringify(merged, null, 2) + '\n') : undefined;
        },
    };
    return { type: 'zip', name, version, artifacts, indexes: [index], indexKey };
}
function checksumArtifact(key, body) {
    return {
        key,
        body,
        size: body.length,
        contentType: 'text/plain',
        sha256: (0,external_node_crypto_.createHash)('sha256').update(body).digest('hex'),
    };
}
function contentTypeOf(file) {
    if (file.endsWith('.zip'))
        return 'application/zip';
    if (file.endsWith('.tar.gz') || file.endsWith('.tgz'))
        return 'application/gzip';
    if (file.endsWith('.json'))
        return 'application/json';
    if (file.endsWith('.txt'))
        return 'text/plain';
    return 'application/octet-stream';
}

;// CONCATENATED MODULE: ./actions/publish-package/src/formats.ts





function notSupportedYet(type) {
    return () => Promise.reject(new errors/* ConfigurationError */.j1(`${type} is not supported yet by publish-package.`));
}
/** The format that turns the files into a publish plan. */
function plannerFor(type) {
    switch (type) {
        case 'npm':
            return planNpm;
        case 'zip':
            return planZip;
        case 'maven':
            return planMaven;
        case 'python':
            return planPython;
        case 'helm':
            return notSupportedYet(type);
    }
}


/***/ })

};
;