"use strict";
exports.id = 703;
exports.ids = [703];
exports.modules = {

/***/ 60703:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ecrBasicScan: () => (/* binding */ ecrBasicScan),
/* harmony export */   registryScanType: () => (/* binding */ registryScanType)
/* harmony export */ });
/* unused harmony exports terminalStatusMessage, findingsOfPage, fromEcrBasicFinding */
/* harmony import */ var _aws_sdk_client_ecr__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(28249);
/* harmony import */ var _runtime_errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(93353);
/* harmony import */ var _findings__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(11311);
/* harmony import */ var _image__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(30264);
/* harmony import */ var _source__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(12840);
/* harmony import */ var _wait__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(15468);






/** BASIC (ECR's own scanner) or ENHANCED (Amazon Inspector), from the registry's scanning configuration. */
async function registryScanType(ecr, image) {
    try {
        const out = await ecr.send(new _aws_sdk_client_ecr__WEBPACK_IMPORTED_MODULE_5__.GetRegistryScanningConfigurationCommand({}));
        return out.scanningConfiguration?.scanType === 'ENHANCED' ? 'ENHANCED' : 'BASIC';
    }
    catch (err) {
        throw (0,_source__WEBPACK_IMPORTED_MODULE_3__/* .accessDenied */ .Ib)(err, 'ecr:GetRegistryScanningConfiguration', `the registry of ${(0,_image__WEBPACK_IMPORTED_MODULE_2__/* .imageName */ .tO)(image)}`) ?? err;
    }
}
/** Why a scan status ends the wait without findings: one message per status, each saying what to do. */
function terminalStatusMessage(status, description, image) {
    const said = description ? ` ECR says: "${description}".` : '';
    const name = (0,_image__WEBPACK_IMPORTED_MODULE_2__/* .imageName */ .tO)(image);
    switch (status) {
        case 'FAILED':
            return `The ECR scan of ${name} failed.${said} Push the image again or start a scan by hand (aws ecr start-image-scan); if it keeps failing, scan a report with Trivy or Grype and pass it as 'report'.`;
        case 'UNSUPPORTED_IMAGE':
            return `ECR cannot scan ${name}: its operating system or media type is not supported by ECR scanning.${said} Use a supported base image, or scan with Trivy or Grype before the push and pass the report as 'report' with 'source: report'.`;
        case 'LIMIT_EXCEEDED':
            return `ECR did not scan ${name} because a scan limit was exceeded (basic scanning allows one scan per image every 24 hours).${said} Wait and run the gate again, or pass a Trivy/Grype report as 'report'.`;
        case 'SCAN_ELIGIBILITY_EXPIRED':
            return `The scan eligibility of ${name} has expired, so it is no longer rescanned.${said} Push the image again, or raise the scan duration of enhanced scanning in Amazon Inspector.`;
        case 'FINDINGS_UNAVAILABLE':
            return `ECR has no findings for ${name} (FINDINGS_UNAVAILABLE): the scan ran but its results are gone, usually because the image is older than the findings' retention or scanning was switched between basic and enhanced.${said} Push the image again or start a scan (aws ecr start-image-scan).`;
        case 'IMAGE_ARCHIVED':
            return `${name} is archived in ECR and cannot be scanned. Restore it (aws ecr update-image-storage-class --target-storage-class STANDARD) and run the gate again.`;
        case 'ACTIVE':
            return `The registry of ${name} uses enhanced scanning (Amazon Inspector), whose findings ECR basic scanning cannot give. Set 'source: inspector' or 'source: auto'.`;
        default:
            return `ECR reports the scan of ${name} as '${status}', which the gate does not know.${said}`;
    }
}
/** Starts a basic scan; each refusal becomes a message that says what to do. */
async function startScan(ecr, image, why, options) {
    options.logger.info(`Starting an ECR basic scan of ${(0,_image__WEBPACK_IMPORTED_MODULE_2__/* .shortImage */ .Uq)(image)}: ${why}.`);
    try {
        await ecr.send(new _aws_sdk_client_ecr__WEBPACK_IMPORTED_MODULE_5__.StartImageScanCommand({
            registryId: image.registryId,
            repositoryName: image.repository,
            imageId: { imageDigest: image.digest },
        }));
    }
    catch (err) {
        const name = (0,_source__WEBPACK_IMPORTED_MODULE_3__/* .awsErrorName */ .ZH)(err);
        const message = err.message;
        if (name === 'LimitExceededException') {
            throw new _runtime_errors__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`ECR refused to scan ${(0,_image__WEBPACK_IMPORTED_MODULE_2__/* .imageName */ .tO)(image)} again: basic scanning allows one scan per image every 24 hours (${message}). Run the gate again later, or pass a Trivy/Grype report as 'report'.`);
        }
        if (name === 'UnsupportedImageTypeException') {
            throw new _runtime_errors__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`ECR cannot scan ${(0,_image__WEBPACK_IMPORTED_MODULE_2__/* .imageName */ .tO)(image)}: ${message}. Use a supported base image, or pass a Trivy/Grype report as 'report'.`);
        }
        if (name === 'ValidationException') {
            throw new _runtime_errors__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`ECR refused to start a scan of ${(0,_image__WEBPACK_IMPORTED_MODULE_2__/* .imageName */ .tO)(image)}: ${message}. With enhanced scanning, set 'source: inspector'; with basic scanning, check the registry scanning configuration (provision-repo sets it from the policy).`);
        }
        throw (0,_source__WEBPACK_IMPORTED_MODULE_3__/* .accessDenied */ .Ib)(err, 'ecr:StartImageScan', (0,_image__WEBPACK_IMPORTED_MODULE_2__/* .imageName */ .tO)(image)) ?? err;
    }
}
/** Maps an ECR basic finding; its attributes carry the package (package_name, package_version) and CVSS. */
/** The findings of one DescribeImageScanFindings page: basic findings and, under enhanced scanning, Inspector's. */
function findingsOfPage(page) {
    const findings = (page.imageScanFindings?.findings ?? []).map(fromEcrBasicFinding);
    for (const f of page.imageScanFindings?.enhancedFindings ?? []) {
        findings.push(...(0,_source__WEBPACK_IMPORTED_MODULE_3__/* .fromPackageVulnerability */ .Z1)({
            ...f,
            remediationUrl: f.remediation?.recommendation?.url,
            packageVulnerabilityDetails: f.packageVulnerabilityDetails && {
                ...f.packageVulnerabilityDetails,
                cvss: f.packageVulnerabilityDetails.cvss?.map((c) => ({ baseScore: c.baseScore })),
            },
        }, 'ecr'));
    }
    return findings;
}
function fromEcrBasicFinding(f) {
    const attr = (key) => f.attributes?.find((a) => a.key === key)?.value;
    const score = Number(attr('CVSS3_SCORE') ?? attr('CVSS2_SCORE'));
    return {
        id: f.name ?? 'unknown',
        severity: (0,_findings__WEBPACK_IMPORTED_MODULE_1__/* .normaliseSeverity */ .s4)(f.severity),
        sourceSeverity: f.severity,
        package: attr('package_name'),
        installedVersion: attr('package_version'),
        // Basic scanning does not say whether a fix exists.
        fixable: null,
        title: f.description ? firstSentence(f.description) : undefined,
        link: f.uri,
        score: Number.isFinite(score) && score > 0 ? score : undefined,
        source: 'ecr',
    };
}
function firstSentence(text) {
    const line = text.split(/\r?\n/)[0];
    const end = line.search(/\.\s/);
    const sentence = end > 0 ? line.slice(0, end + 1) : line;
    return sentence.length > 200 ? `${sentence.slice(0, 197)}...` : sentence;
}
/**
 * ECR basic scanning, as a state machine over ImageScanStatus: PENDING and IN_PROGRESS wait; COMPLETE is read
 * (every page); a missing scan or an expired eligibility starts one scan; every other status ends the gate with
 * its own message. (The SDK's image-scan-complete waiter is not used: under enhanced scanning the status is
 * ACTIVE, so it never finishes.)
 */
async function ecrBasicScan(ecr, image, options) {
    const what = `the ECR scan of ${(0,_image__WEBPACK_IMPORTED_MODULE_2__/* .shortImage */ .Uq)(image)}`;
    let scanStarted = false;
    const describe = (nextToken) => ecr.send(new _aws_sdk_client_ecr__WEBPACK_IMPORTED_MODULE_5__.DescribeImageScanFindingsCommand({
        registryId: image.registryId,
        repositoryName: image.repository,
        imageId: { imageDigest: image.digest },
        maxResults: 1000,
        nextToken,
    }));
    const first = await (0,_wait__WEBPACK_IMPORTED_MODULE_4__/* .pollUntil */ .g3)(what, async () => {
        let page;
        try {
            page = await describe();
        }
        catch (err) {
            const name = (0,_source__WEBPACK_IMPORTED_MODULE_3__/* .awsErrorName */ .ZH)(err);
            if (name === 'ScanNotFoundException') {
                if (!scanStarted) {
                    await startScan(ecr, image, 'it has no scan yet (the repository does not scan on push)', options);
                    scanStarted = true;
                    return { done: false, state: 'scan started' };
                }
                return { done: false, state: 'no scan yet' };
            }
            if (name === 'ImageNotFoundException' || name === 'RepositoryNotFoundException') {
                throw new _runtime_errors__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`ECR has no image ${(0,_image__WEBPACK_IMPORTED_MODULE_2__/* .imageName */ .tO)(image)}: ${err.message}. Check the repository name, the digest and the region ('aws-region').`);
            }
            throw (0,_source__WEBPACK_IMPORTED_MODULE_3__/* .accessDenied */ .Ib)(err, 'ecr:DescribeImageScanFindings', (0,_image__WEBPACK_IMPORTED_MODULE_2__/* .imageName */ .tO)(image)) ?? err;
        }
        const status = page.imageScanStatus?.status ?? 'PENDING';
        switch (status) {
            case 'PENDING':
            case 'IN_PROGRESS':
                return { done: false, state: status };
            case 'COMPLETE':
                return { done: true, value: page };
            case 'SCAN_ELIGIBILITY_EXPIRED':
                if (!scanStarted) {
                    await startScan(ecr, image, 'its scan eligibility has expired', options);
                    scanStarted = true;
                    return { done: false, state: 'scan started' };
                }
                throw new _runtime_errors__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(terminalStatusMessage(status, page.imageScanStatus?.description, image));
            default:
                throw new _runtime_errors__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(terminalStatusMessage(status, page.imageScanStatus?.description, image));
        }
    }, options);
    const findings = [];
    let page = first;
    let pages = 0;
    while (page) {
        pages++;
        findings.push(...findingsOfPage(page));
        page = page.nextToken ? await describe(page.nextToken) : undefined;
    }
    const completed = first.imageScanFindings?.imageScanCompletedAt;
    options.logger.info(`Read ${findings.length} ECR findings of ${(0,_image__WEBPACK_IMPORTED_MODULE_2__/* .shortImage */ .Uq)(image)} in ${pages} page(s).`);
    return {
        source: 'ecr',
        findings,
        detail: `ECR basic scan${completed ? ` completed ${completed.toISOString()}` : ''}`,
    };
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