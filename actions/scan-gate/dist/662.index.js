"use strict";
exports.id = 662;
exports.ids = [662];
exports.modules = {

/***/ 68662:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   detectReportFormat: () => (/* binding */ detectReportFormat),
/* harmony export */   fromGrype: () => (/* binding */ fromGrype),
/* harmony export */   fromSarif: () => (/* binding */ fromSarif),
/* harmony export */   fromTrivy: () => (/* binding */ fromTrivy),
/* harmony export */   parseReport: () => (/* binding */ parseReport),
/* harmony export */   readReport: () => (/* binding */ readReport)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _runtime_errors__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(93353);
/* harmony import */ var _findings__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(11311);



/** Which format a parsed report is, by its shape. */
function detectReportFormat(doc) {
    if (Array.isArray(doc)) {
        // Trivy's first JSON format: a bare array of results.
        return doc.every((r) => r && typeof r === 'object' && 'Target' in r) ? 'trivy' : undefined;
    }
    if (!doc || typeof doc !== 'object')
        return undefined;
    const o = doc;
    if (Array.isArray(o.runs) && typeof o.version === 'string')
        return 'sarif';
    if ('SchemaVersion' in o || 'Results' in o)
        return 'trivy';
    if ('matches' in o)
        return 'grype';
    return undefined;
}
/** Reads a Trivy JSON, Grype JSON or SARIF file into findings; a file that is none of these is refused. */
function readReport(path) {
    let text;
    try {
        text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8');
    }
    catch (err) {
        throw new _runtime_errors__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`Input 'report' is '${path}', which cannot be read (${err.code ?? err.message}). Pass the path of a Trivy JSON, Grype JSON or SARIF file written by an earlier step.`);
    }
    let doc;
    try {
        doc = JSON.parse(text);
    }
    catch (err) {
        throw new _runtime_errors__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`The report '${path}' is not JSON (${err.message}). Write it with 'trivy image --format json', 'grype -o json' or a SARIF output.`);
    }
    return parseReport(doc, path);
}
function parseReport(doc, name) {
    const format = detectReportFormat(doc);
    switch (format) {
        case 'trivy': {
            const report = Array.isArray(doc) ? { Results: doc } : doc;
            const version = report.Trivy?.Version;
            return {
                source: 'trivy',
                findings: fromTrivy(report),
                detail: `Trivy${version ? ` ${version}` : ''} report ${name}`,
            };
        }
        case 'grype': {
            const report = doc;
            const version = report.descriptor?.version;
            return {
                source: 'grype',
                findings: fromGrype(report),
                detail: `Grype${version ? ` ${version}` : ''} report ${name}`,
            };
        }
        case 'sarif': {
            const log = doc;
            if (log.version !== '2.1.0') {
                throw new _runtime_errors__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`The SARIF report '${name}' is version ${log.version}; only SARIF 2.1.0 is read.`);
            }
            const tools = [...new Set((log.runs ?? []).map((r) => r.tool?.driver?.name).filter(Boolean))];
            return { source: 'sarif', findings: fromSarif(log), detail: `SARIF report ${name} (${tools.join(', ')})` };
        }
        default:
            throw new _runtime_errors__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`The report '${name}' is not a Trivy JSON report (Results[].Vulnerabilities[]), a Grype JSON report (matches[]) or a SARIF 2.1.0 log (runs[]). Write it with 'trivy image --format json', 'grype -o json' or '--format sarif'.`);
    }
}
function maxScore(scores) {
    const valid = scores.filter((s) => typeof s === 'number' && s > 0);
    return valid.length ? Math.max(...valid) : undefined;
}
function fromTrivy(report) {
    const findings = [];
    for (const result of report.Results ?? []) {
        for (const v of result.Vulnerabilities ?? []) {
            const fixed = v.FixedVersion?.trim() || undefined;
            findings.push({
                id: v.VulnerabilityID ?? 'unknown',
                severity: (0,_findings__WEBPACK_IMPORTED_MODULE_2__/* .normaliseSeverity */ .s4)(v.Severity),
                sourceSeverity: v.Severity,
                package: v.PkgName,
                installedVersion: v.InstalledVersion,
                fixedVersion: fixed,
                // An empty FixedVersion is Trivy's way of saying there is no fix (Status affected, will_not_fix...).
                fixable: fixed !== undefined || v.Status === 'fixed',
                title: v.Title,
                link: v.PrimaryURL ?? v.References?.[0],
                score: maxScore(Object.values(v.CVSS ?? {}).flatMap((c) => [c.V3Score, c.V2Score])),
                source: 'trivy',
            });
        }
    }
    return findings;
}
function fromGrype(report) {
    return (report.matches ?? []).map((m) => {
        const v = m.vulnerability ?? {};
        const fixed = v.fix?.versions?.filter(Boolean) ?? [];
        const state = v.fix?.state;
        const scores = [v, ...(m.relatedVulnerabilities ?? [])].flatMap((x) => (x.cvss ?? []).map((c) => c.metrics?.baseScore));
        const description = v.description ?? m.relatedVulnerabilities?.find((r) => r.description)?.description;
        return {
            id: v.id ?? 'unknown',
            severity: (0,_findings__WEBPACK_IMPORTED_MODULE_2__/* .normaliseSeverity */ .s4)(v.severity),
            sourceSeverity: v.severity,
            package: m.artifact?.name,
            installedVersion: m.artifact?.version,
            fixedVersion: fixed.length ? fixed.join(', ') : undefined,
            // fix.state: fixed, not-fixed, wont-fix or unknown.
            fixable: state === 'fixed' || fixed.length > 0 ? true : state === 'unknown' || !state ? null : false,
            title: description ? description.split(/\r?\n/)[0].slice(0, 200) : undefined,
            link: v.dataSource ?? v.urls?.[0],
            score: maxScore(scores),
            source: 'grype',
        };
    });
}
const VULNERABILITY_ID = /\b(CVE-\d{4}-\d{4,}|GHSA(?:-[23456789cfghjmpqrvwx]{4}){3}|[A-Z]{2,10}-\d{4}-[\w.:-]+)\b/i;
/** "Key: value" lines, as Trivy writes them into a SARIF result message. */
function messageField(text, key) {
    const m = new RegExp(`^${key}:[ \\t]*(.*)$`, 'im').exec(text);
    return m?.[1]?.trim() || undefined;
}
function sarifSeverity(rule, result) {
    const raw = result.properties?.['security-severity'] ?? rule?.properties?.['security-severity'];
    const score = raw === undefined ? NaN : Number(raw);
    if (Number.isFinite(score) && score > 0)
        return { severity: (0,_findings__WEBPACK_IMPORTED_MODULE_2__/* .severityFromScore */ .qI)(score), score };
    const tag = [...(result.properties?.tags ?? []), ...(rule?.properties?.tags ?? [])].find(_findings__WEBPACK_IMPORTED_MODULE_2__/* .isSeverityWord */ .UM);
    if (tag)
        return { severity: (0,_findings__WEBPACK_IMPORTED_MODULE_2__/* .normaliseSeverity */ .s4)(tag) };
    switch (result.level ?? rule?.defaultConfiguration?.level ?? 'warning') {
        case 'error':
            return { severity: 'HIGH' };
        case 'warning':
            return { severity: 'MEDIUM' };
        case 'note':
            return { severity: 'LOW' };
        default:
            return { severity: 'INFORMATIONAL' };
    }
}
function fromSarif(log) {
    const findings = [];
    for (const run of log.runs ?? []) {
        const rules = run.tool?.driver?.rules ?? [];
        const byId = new Map(rules.filter((r) => r.id).map((r) => [r.id, r]));
        for (const result of run.results ?? []) {
            const ruleId = result.ruleId ?? result.rule?.id;
            const index = result.ruleIndex ?? result.rule?.index;
            const rule = (ruleId ? byId.get(ruleId) : undefined) ?? (index !== undefined ? rules[index] : undefined);
            const text = result.message?.text ?? result.message?.markdown ?? '';
            const id = messageField(text, 'Vulnerability') ??
                VULNERABILITY_ID.exec(ruleId ?? '')?.[1] ??
                VULNERABILITY_ID.exec(text)?.[1] ??
                ruleId ??
                'unknown';
            const fixed = messageField(text, 'Fixed Version');
            const { severity, score } = sarifSeverity(rule, result);
            findings.push({
                id,
                severity,
                sourceSeverity: messageField(text, 'Severity') ?? result.level,
                package: messageField(text, 'Package'),
                installedVersion: messageField(text, 'Installed Version'),
                fixedVersion: fixed,
                fixable: fixed ? true : null,
                title: rule?.shortDescription?.text ?? text.split(/\r?\n/)[0],
                link: rule?.helpUri,
                score,
                source: 'sarif',
            });
        }
    }
    return findings;
}


/***/ })

};
;