"use strict";
exports.id = 388;
exports.ids = [388];
exports.modules = {

/***/ 65388:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   inspectorScan: () => (/* binding */ inspectorScan)
/* harmony export */ });
/* unused harmony exports inactiveCoverageMessage, fromInspectorFinding */
/* harmony import */ var _aws_sdk_client_inspector2__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(63222);
/* harmony import */ var _runtime_errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(93353);
/* harmony import */ var _image__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(30264);
/* harmony import */ var _source__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(12840);
/* harmony import */ var _wait__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(15468);





/** Coverage reasons that mean "not yet": Inspector will get to the image on its own. */
const STILL_COMING = new Set(['PENDING_INITIAL_SCAN', 'SCAN_IN_PROGRESS', 'INTERNAL_ERROR', 'NO_INVENTORY']);
/** Why Inspector will not scan an image: one message per reason, each saying what to do. */
function inactiveCoverageMessage(reason, image) {
    const name = (0,_image__WEBPACK_IMPORTED_MODULE_1__/* .imageName */ .tO)(image);
    switch (reason) {
        case 'UNSUPPORTED_OS':
            return `Amazon Inspector does not support the operating system or architecture of ${name}. Use a supported base image, or pass a Trivy/Grype report as 'report'.`;
        case 'UNSUPPORTED_MEDIA_TYPE':
            return `Amazon Inspector cannot scan ${name}: its manifest media type is not supported. Push it as an OCI or Docker v2 image manifest.`;
        case 'SCAN_FREQUENCY_MANUAL':
            return `Amazon Inspector does not scan ${name}: the registry's enhanced scanning rule for this repository is MANUAL. Set registry.scanning.frequency to SCAN_ON_PUSH or CONTINUOUS_SCAN in the policy and run provision-repo.`;
        case 'SCAN_ELIGIBILITY_EXPIRED':
            return `The scan eligibility of ${name} has expired in Amazon Inspector. Push the image again, or raise the ECR re-scan duration in the Inspector settings.`;
        case 'ACCESS_DENIED':
            return `Amazon Inspector may not read ${name}: a repository policy denies it. Allow the Inspector service to pull from the repository.`;
        case 'ACCESS_DENIED_TO_ENCRYPTION_KEY':
            return `Amazon Inspector may not decrypt ${name}: the KMS key policy of the repository's key does not allow Inspector. Update the key policy.`;
        case 'IMAGE_SIZE_EXCEEDED':
            return `${name} is too large for Amazon Inspector to scan. Make the image smaller or pass a Trivy/Grype report as 'report'.`;
        case 'IMAGE_ARCHIVED':
            return `${name} is archived in ECR and is no longer scanned by Amazon Inspector. Restore it and run the gate again.`;
        case 'EXCLUDED_BY_TAG':
            return `Amazon Inspector skips ${name} because a tag excludes it from scanning. Remove the exclusion tag.`;
        case 'PENDING_DISABLE':
            return `Amazon Inspector is being disabled for the registry of ${name}. Enable Inspector ECR scanning again, or set 'source: ecr' with basic scanning.`;
        default:
            return `Amazon Inspector does not scan ${name} (${reason}). Check the image's coverage in the Inspector console.`;
    }
}
/**
 * Inspector's resource id of an ECR image is "arn:aws:ecr:<region>:<account>:repository/<repository>/sha256:...";
 * the listing is already narrowed to the repository, so the digest in the id decides.
 */
function coversImage(resource, image) {
    return (resource.resourceId ?? '').includes(image.digest);
}
/** Inspector's findings, mapped (Recommendation.Url is capitalised in Inspector's API, unlike ECR's). */
function fromInspectorFinding(f) {
    return (0,_source__WEBPACK_IMPORTED_MODULE_2__/* .fromPackageVulnerability */ .Z1)({
        title: f.title,
        severity: f.severity,
        fixAvailable: f.fixAvailable,
        score: f.inspectorScore,
        remediationUrl: f.remediation?.recommendation?.Url,
        packageVulnerabilityDetails: f.packageVulnerabilityDetails,
    }, 'inspector');
}
/**
 * Enhanced scanning: waits until Amazon Inspector covers the digest and has scanned it (ListCoverage), then
 * reads every ACTIVE finding of that digest in that repository (ListFindings, all pages).
 */
async function inspectorScan(inspector, image, options) {
    const what = `the Amazon Inspector scan of ${(0,_image__WEBPACK_IMPORTED_MODULE_1__/* .shortImage */ .Uq)(image)}`;
    const coverage = await (0,_wait__WEBPACK_IMPORTED_MODULE_3__/* .pollUntil */ .g3)(what, async () => {
        const resource = await findCoverage(inspector, image);
        if (!resource)
            return { done: false, state: 'not in Inspector coverage yet' };
        const code = resource.scanStatus?.statusCode;
        const reason = resource.scanStatus?.reason ?? '';
        if (code === 'INACTIVE') {
            if (STILL_COMING.has(reason))
                return { done: false, state: reason };
            throw new _runtime_errors__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(inactiveCoverageMessage(reason, image));
        }
        if (reason === 'SUCCESSFUL' || (resource.lastScannedAt && !STILL_COMING.has(reason))) {
            return { done: true, value: resource };
        }
        return { done: false, state: reason || 'PENDING_INITIAL_SCAN' };
    }, options);
    const findings = [];
    let nextToken;
    let pages = 0;
    do {
        let page;
        try {
            page = await inspector.send(new _aws_sdk_client_inspector2__WEBPACK_IMPORTED_MODULE_4__.ListFindingsCommand({
                maxResults: 100,
                nextToken,
                filterCriteria: {
                    ecrImageHash: [{ comparison: 'EQUALS', value: image.digest }],
                    ecrImageRepositoryName: [{ comparison: 'EQUALS', value: image.repository }],
                    findingStatus: [{ comparison: 'EQUALS', value: 'ACTIVE' }],
                    ...(image.registryId ? { awsAccountId: [{ comparison: 'EQUALS', value: image.registryId }] } : {}),
                },
            }));
        }
        catch (err) {
            throw (0,_source__WEBPACK_IMPORTED_MODULE_2__/* .accessDenied */ .Ib)(err, 'inspector2:ListFindings', (0,_image__WEBPACK_IMPORTED_MODULE_1__/* .imageName */ .tO)(image)) ?? err;
        }
        pages++;
        for (const f of page.findings ?? [])
            findings.push(...fromInspectorFinding(f));
        nextToken = page.nextToken;
    } while (nextToken);
    options.logger.info(`Read ${findings.length} Amazon Inspector findings of ${(0,_image__WEBPACK_IMPORTED_MODULE_1__/* .shortImage */ .Uq)(image)} in ${pages} page(s).`);
    const at = coverage.lastScannedAt;
    return {
        source: 'inspector',
        findings,
        detail: `Amazon Inspector enhanced scan${at ? ` of ${at.toISOString()}` : ''}`,
    };
}
async function findCoverage(inspector, image) {
    let nextToken;
    do {
        let page;
        try {
            page = await inspector.send(new _aws_sdk_client_inspector2__WEBPACK_IMPORTED_MODULE_4__.ListCoverageCommand({
                maxResults: 200,
                nextToken,
                filterCriteria: {
                    resourceType: [{ comparison: 'EQUALS', value: 'AWS_ECR_CONTAINER_IMAGE' }],
                    ecrRepositoryName: [{ comparison: 'EQUALS', value: image.repository }],
                    ...(image.registryId ? { accountId: [{ comparison: 'EQUALS', value: image.registryId }] } : {}),
                },
            }));
        }
        catch (err) {
            throw (0,_source__WEBPACK_IMPORTED_MODULE_2__/* .accessDenied */ .Ib)(err, 'inspector2:ListCoverage', (0,_image__WEBPACK_IMPORTED_MODULE_1__/* .imageName */ .tO)(image)) ?? err;
        }
        const hit = page.coveredResources?.find((r) => coversImage(r, image));
        if (hit)
            return hit;
        nextToken = page.nextToken;
    } while (nextToken);
    return undefined;
}


/***/ }),

/***/ 12840:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ib: () => (/* binding */ accessDenied),
/* harmony export */   Z1: () => (/* binding */ fromPackageVulnerability),
/* harmony export */   ZH: () => (/* binding */ awsErrorName)
/* harmony export */ });
/* harmony import */ var _runtime_errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(93353);
/* harmony import */ var _findings__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(11311);


/** The names an AWS SDK error carries. */
function awsErrorName(err) {
    return err?.name ?? '';
}
/** An AWS refusal turned into what the user changes: the IAM action the role lacks. */
function accessDenied(err, action, what) {
    const name = awsErrorName(err);
    if (name !== 'AccessDeniedException' && name !== 'AccessDenied' && name !== 'UnauthorizedException')
        return undefined;
    return new _runtime_errors__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`AWS refused ${action} for ${what}: ${err.message}. Allow '${action}' to the role the workflow uses (see the IAM permissions in the scan-gate README).`);
}
/**
 * One Finding per vulnerable package of an Inspector finding. fixAvailable is per finding (YES, PARTIAL, NO);
 * a package's own fixedInVersion ("NotAvailable" when there is none) decides for that package.
 */
function fromPackageVulnerability(f, source) {
    const details = f.packageVulnerabilityDetails;
    const id = details?.vulnerabilityId ?? f.title ?? 'unknown';
    const link = details?.sourceUrl ?? f.remediationUrl ?? details?.referenceUrls?.[0];
    const scores = (details?.cvss ?? []).map((c) => c.baseScore).filter((s) => typeof s === 'number');
    const score = f.score ?? (scores.length ? Math.max(...scores) : undefined);
    const packages = details?.vulnerablePackages?.length ? details.vulnerablePackages : [{}];
    return packages.map((p) => {
        const fixed = p.fixedInVersion && p.fixedInVersion !== 'NotAvailable' ? p.fixedInVersion : undefined;
        const fixable = f.fixAvailable === 'NO' ? false : fixed ? true : f.fixAvailable === 'YES' ? true : f.fixAvailable ? false : null;
        return {
            id,
            severity: (0,_findings__WEBPACK_IMPORTED_MODULE_1__/* .normaliseSeverity */ .s4)(f.severity),
            sourceSeverity: f.severity,
            package: p.name,
            installedVersion: p.version ? (p.release ? `${p.version}-${p.release}` : p.version) : undefined,
            fixedVersion: fixed,
            fixable,
            title: f.title,
            link,
            score,
            source,
        };
    });
}


/***/ })

};
;