"use strict";
exports.id = 329;
exports.ids = [329];
exports.modules = {

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


/***/ }),

/***/ 40329:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   artifactUrls: () => (/* binding */ artifactUrls),
/* harmony export */   indexUrl: () => (/* binding */ indexUrl),
/* harmony export */   installSnippets: () => (/* binding */ installSnippets),
/* harmony export */   primaryArtifacts: () => (/* binding */ primaryArtifacts),
/* harmony export */   publishSummary: () => (/* binding */ publishSummary)
/* harmony export */ });
/* harmony import */ var _runtime_summary__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(30868);
/* harmony import */ var _paths__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(58733);


// Side files: checksums, signatures, and the PEP 658 metadata served beside a wheel.
const CHECKSUM_FILE = /\.(md5|sha1|sha256|sha512|asc|whl\.metadata)$/;
/** The files a person downloads (checksum side files left out). */
function primaryArtifacts(plan) {
    return plan.artifacts.filter((a) => !CHECKSUM_FILE.test(a.key));
}
function artifactUrls(plan, storeUrl) {
    return primaryArtifacts(plan).map((a) => (0,_paths__WEBPACK_IMPORTED_MODULE_0__/* .publicUrl */ .x6)(storeUrl, a.key));
}
function indexUrl(plan, storeUrl) {
    return (0,_paths__WEBPACK_IMPORTED_MODULE_0__/* .publicUrl */ .x6)(storeUrl, plan.indexKey);
}
/** `groupId:artifactId` (how the maven format names a package), else the name as the artifactId. */
function mavenCoordinates(name) {
    const [groupId, artifactId] = name.includes(':') ? name.split(':', 2) : ['', name];
    return { groupId, artifactId };
}
function installSnippets(plan, storeUrl) {
    const index = indexUrl(plan, storeUrl);
    switch (plan.type) {
        case 'maven': {
            const { groupId, artifactId } = mavenCoordinates(plan.name);
            return [
                {
                    client: 'Maven (pom.xml)',
                    lang: 'xml',
                    text: [
                        '<repositories>',
                        '  <repository>',
                        '    <id>artifacts</id>',
                        `    <url>${index.replace(/\/$/, '')}</url>`,
                        '  </repository>',
                        '</repositories>',
                        '',
                        '<dependency>',
                        `  <groupId>${groupId}</groupId>`,
                        `  <artifactId>${artifactId}</artifactId>`,
                        `  <version>${plan.version}</version>`,
                        '</dependency>',
                    ].join('\n'),
                },
                {
                    client: 'Gradle (build.gradle.kts)',
                    lang: 'kotlin',
                    text: `repositories { maven { url = uri("${index.replace(/\/$/, '')}") } }\ndependencies { implementation("${groupId}:${artifactId}:${plan.version}") }`,
                },
            ];
        }
        case 'npm': {
            const scope = plan.name.startsWith('@') ? plan.name.split('/')[0] : undefined;
            return [
                { client: 'npm', lang: 'sh', text: `npm install --registry ${index} ${plan.name}@${plan.version}` },
                {
                    client: '.npmrc',
                    lang: 'ini',
                    // A scope can point at this registry while everything else still comes from the default one.
                    text: scope ? `${scope}:registry=${index}` : `registry=${index}`,
                },
            ];
        }
        case 'python':
            return [
                { client: 'pip', lang: 'sh', text: `pip install --index-url ${index} ${plan.name}==${plan.version}` },
                {
                    client: 'pip (dependencies from PyPI too)',
                    lang: 'sh',
                    text: `pip install --extra-index-url ${index} ${plan.name}==${plan.version}`,
                },
            ];
        case 'zip':
            return [
                {
                    client: 'curl',
                    lang: 'sh',
                    text: primaryArtifacts(plan)
                        .map((a) => {
                        const url = (0,_paths__WEBPACK_IMPORTED_MODULE_0__/* .publicUrl */ .x6)(storeUrl, a.key);
                        return `curl -fsSLO ${url}\ncurl -fsSL ${url}.sha256 | sha256sum -c -`;
                    })
                        .join('\n'),
                },
            ];
        case 'helm':
            return [];
    }
}
/** The job summary: what was published (new or unchanged), where, and how to install it. */
function publishSummary(plan, storeUrl, result) {
    const s = new _runtime_summary__WEBPACK_IMPORTED_MODULE_1__/* .SummaryBuilder */ .CF();
    const state = !result ? 'dry run: nothing written' : result.unchanged ? 'already published, unchanged' : 'published';
    s.heading(`${plan.type} ${plan.name} ${plan.version}: ${state}`, 2);
    const outcome = new Map(result?.artifacts.map((a) => [a.key, a.outcome]));
    s.table(['file', 'size', 'sha256', 'state'], plan.artifacts.map((a) => [
        `[${a.key}](${(0,_paths__WEBPACK_IMPORTED_MODULE_0__/* .publicUrl */ .x6)(storeUrl, a.key)})`,
        (0,_runtime_summary__WEBPACK_IMPORTED_MODULE_1__/* .formatBytes */ .z3)(a.size),
        `\`${a.sha256.slice(0, 12)}…\``,
        result ? (outcome.get(a.key) === 'created' ? 'new' : 'unchanged') : 'would be written',
    ]));
    const indexState = new Map(result?.indexes.map((i) => [i.key, i.outcome]));
    s.table(['index', 'state'], plan.indexes.map((i) => [
        `[${i.key}](${(0,_paths__WEBPACK_IMPORTED_MODULE_0__/* .publicUrl */ .x6)(storeUrl, i.key)})`,
        result ? (indexState.get(i.key) ?? 'unchanged') : 'would be merged',
    ]));
    s.paragraph(`Point clients at **${indexUrl(plan, storeUrl)}**`);
    for (const snippet of installSnippets(plan, storeUrl)) {
        s.heading(snippet.client, 4);
        s.code(snippet.text, snippet.lang);
    }
    return s.toString();
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