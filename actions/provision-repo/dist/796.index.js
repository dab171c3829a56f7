exports.id = 796;
exports.ids = [796];
exports.modules = {

/***/ 58890:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

"use strict";

const Queue = __webpack_require__(30538);

const pLimit = concurrency => {
	if (!((Number.isInteger(concurrency) || concurrency === Infinity) && concurrency > 0)) {
		throw new TypeError('Expected `concurrency` to be a number from 1 and up');
	}

	const queue = new Queue();
	let activeCount = 0;

	const next = () => {
		activeCount--;

		if (queue.size > 0) {
			queue.dequeue()();
		}
	};

	const run = async (fn, resolve, ...args) => {
		activeCount++;

		const result = (async () => fn(...args))();

		resolve(result);

		try {
			await result;
		} catch {}

		next();
	};

	const enqueue = (fn, resolve, ...args) => {
		queue.enqueue(run.bind(null, fn, resolve, ...args));

		(async () => {
			// This function needs to wait until the next microtask before comparing
			// `activeCount` to `concurrency`, because `activeCount` is updated asynchronously
			// when the run function is dequeued and called. The comparison in the if-statement
			// needs to happen asynchronously as well to get an up-to-date value for `activeCount`.
			await Promise.resolve();

			if (activeCount < concurrency && queue.size > 0) {
				queue.dequeue()();
			}
		})();
	};

	const generator = (fn, ...args) => new Promise(resolve => {
		enqueue(fn, resolve, ...args);
	});

	Object.defineProperties(generator, {
		activeCount: {
			get: () => activeCount
		},
		pendingCount: {
			get: () => queue.size
		},
		clearQueue: {
			value: () => {
				queue.clear();
			}
		}
	});

	return generator;
};

module.exports = pLimit;


/***/ }),

/***/ 30538:
/***/ ((module) => {

class Node {
	/// value;
	/// next;

	constructor(value) {
		this.value = value;

		// TODO: Remove this when targeting Node.js 12.
		this.next = undefined;
	}
}

class Queue {
	// TODO: Use private class fields when targeting Node.js 12.
	// #_head;
	// #_tail;
	// #_size;

	constructor() {
		this.clear();
	}

	enqueue(value) {
		const node = new Node(value);

		if (this._head) {
			this._tail.next = node;
			this._tail = node;
		} else {
			this._head = node;
			this._tail = node;
		}

		this._size++;
	}

	dequeue() {
		const current = this._head;
		if (!current) {
			return;
		}

		this._head = this._head.next;
		this._size--;
		return current.value;
	}

	clear() {
		this._head = undefined;
		this._tail = undefined;
		this._size = 0;
	}

	get size() {
		return this._size;
	}

	* [Symbol.iterator]() {
		let current = this._head;

		while (current) {
			yield current.value;
			current = current.next;
		}
	}
}

module.exports = Queue;


/***/ }),

/***/ 20798:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

"use strict";
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Is: () => (/* binding */ errorName),
/* harmony export */   pu: () => (/* binding */ awsCaller)
/* harmony export */ });
/* unused harmony export isRetryableAwsError */
/* harmony import */ var _runtime_errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(93353);
/* harmony import */ var _runtime_retry__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(24290);


const THROTTLING = [
    'ThrottlingException',
    'Throttling',
    'TooManyRequestsException',
    'RequestLimitExceeded',
    'SlowDown',
    'ServerException',
    'ServiceUnavailable',
    'InternalError',
];
function isRetryableAwsError(err) {
    const e = err;
    const status = e.$metadata?.httpStatusCode ?? 0;
    return status === 429 || status >= 500 || THROTTLING.includes(e.name ?? '') || e.code === 'ECONNRESET';
}
function errorName(err) {
    return err.name ?? '';
}
function awsCaller(options) {
    return (what, operation) => (0,_runtime_retry__WEBPACK_IMPORTED_MODULE_1__/* .withRetry */ .bD)(() => operation(), {
        attempts: options.attempts ?? 6,
        baseDelayMs: 400,
        maxDelayMs: 20000,
        retryable: isRetryableAwsError,
        sleep: options.sleep,
        onRetry: (err, attempt, delay) => {
            options.onRetry?.();
            options.logger.info(`${what}: ${(0,_runtime_errors__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(err)}; attempt ${attempt + 1} in ${delay} ms.`);
        },
    });
}


/***/ }),

/***/ 78796:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

"use strict";

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  awsCaller: () => (/* reexport */ aws_calls/* awsCaller */.pu),
  iamSummary: () => (/* reexport */ iamSummary),
  listOrgRepositories: () => (/* reexport */ listOrgRepositories),
  planJson: () => (/* reexport */ planJson),
  planSummary: () => (/* reexport */ planSummary),
  provision: () => (/* reexport */ provision)
});

// UNUSED EXPORTS: ARTIFACT_EXTENSIONS, DEFAULT_MANAGED_BY, MAX_SCANNING_FILTERS, PUBLIC_ACCESS_BLOCKED, applyPlan, bucketPolicyStatements, canonicalJson, computePlan, credentialArnFor, desiredState, errorName, foreignStatements, isKmsAlias, isLeftAlone, isOwnedBy, isRetryableAwsError, listRepositories, mergeBucketPolicy, mergeReplication, mergeScanning, normalizeLifecyclePolicy, normalizePolicyDocument, ownedStatements, prettyJson, pullThroughCacheRules, readActualState, readBucket, readCreationTemplates, readIamPolicy, readLifecyclePolicy, readPullThroughCacheRules, readReplication, readRepositoryDetails, readRepositoryPolicy, readRepositoryTags, readScanning, registryHost, repositoryFromDescription, resolveAccountId, resolveKmsAliases, resourceTagsOf, retiredRepositories, sameKmsKey, sameLifecyclePolicy, samePolicyDocument, sameSecretArn, sameStatements, scanningFilters, serviceNameOf, settingsChanges, sidPrefixFor, systemNamespace, tagsToRecord, templateFromDescription, unexpectedDrift, withServices

// EXTERNAL MODULE: ./shared/src/provision/aws-calls.ts
var aws_calls = __webpack_require__(20798);
// EXTERNAL MODULE: ./shared/src/runtime/errors.ts
var errors = __webpack_require__(93353);
// EXTERNAL MODULE: ./shared/src/policy/pull-through.ts
var pull_through = __webpack_require__(9199);
;// CONCATENATED MODULE: ./shared/src/provision/pull-through-cache.ts


/** The upstream a policy names, resolved by the policy library, or the policy library's reason why not. */
function resolveUpstream(upstream) {
    const resolved = (0,pull_through/* resolvePullThroughUpstream */.Eh)(upstream);
    if ('problem' in resolved)
        throw new errors/* ConfigurationError */.j1(`registry.pullThroughCache: ${resolved.problem}`);
    return { name: resolved.name, upstream: resolved, url: resolved.url };
}
/** The secret's ARN from a name or an ARN; a name becomes a partial ARN, which ECR and Secrets Manager accept. */
function credentialArnFor(secret, ctx) {
    const name = (0,pull_through/* credentialSecretName */.Hk)(secret);
    if (!name.startsWith(pull_through/* CREDENTIAL_SECRET_PREFIX */.u5)) {
        throw new errors/* ConfigurationError */.j1(`registry.pullThroughCache: the credential secret "${secret}" must be named ${pull_through/* CREDENTIAL_SECRET_PREFIX */.u5}...; ECR reads upstream credentials only from such secrets`);
    }
    return secret.startsWith('arn:') ? secret : `arn:aws:secretsmanager:${ctx.region}:${ctx.accountId}:secret:${name}`;
}
/** The pull-through cache rules the policy asks for, each checked against what ECR accepts. */
function pullThroughCacheRules(policy, ctx) {
    return policy.registry.pullThroughCache.map((entry) => {
        const { name, upstream, url } = resolveUpstream(entry.upstream);
        const prefix = entry.prefix ?? name;
        if (upstream.credentials === 'required' && !entry.credentialSecret) {
            throw new errors/* ConfigurationError */.j1(`registry.pullThroughCache: upstream ${entry.upstream} needs credentialSecret, a Secrets Manager secret named ${pull_through/* CREDENTIAL_SECRET_PREFIX */.u5}${name}`);
        }
        if (upstream.credentials === 'none' && entry.credentialSecret) {
            throw new errors/* ConfigurationError */.j1(`registry.pullThroughCache: upstream ${entry.upstream} is public and takes no credentialSecret; remove it`);
        }
        const rule = {
            prefix,
            upstreamRegistry: upstream.upstreamRegistry,
            upstreamRegistryUrl: url,
        };
        if (entry.credentialSecret)
            rule.credentialArn = credentialArnFor(entry.credentialSecret, ctx);
        return rule;
    });
}

// EXTERNAL MODULE: ./shared/src/policy/index.ts + 5 modules
var src_policy = __webpack_require__(48926);
// EXTERNAL MODULE: ./shared/src/policy/template.ts
var template = __webpack_require__(45090);
;// CONCATENATED MODULE: ./shared/src/provision/documents.ts
/**
 * JSON documents compared by meaning, not by text: AWS returns policies re-serialised (other key order, white
 * space, a one-element list written as a string), so a textual comparison would report drift that is not there.
 */
/** JSON text with object keys sorted at every level. */
function canonicalJson(value) {
    return JSON.stringify(sortKeys(value));
}
function sortKeys(value) {
    if (Array.isArray(value))
        return value.map(sortKeys);
    if (value && typeof value === 'object') {
        const out = {};
        for (const key of Object.keys(value).sort())
            out[key] = sortKeys(value[key]);
        return out;
    }
    return value;
}
function parse(text) {
    try {
        return JSON.parse(text);
    }
    catch {
        return undefined;
    }
}
/** A list element of an IAM policy: a string or a list, both as a sorted list without duplicates. */
function asSortedList(value) {
    const list = Array.isArray(value) ? value : [value];
    return [...new Set(list.map((v) => (typeof v === 'string' ? v : canonicalJson(v))))].sort();
}
const LIST_ELEMENTS = ['Action', 'NotAction', 'Resource', 'NotResource'];
function normalizeStatement(statement) {
    if (!statement || typeof statement !== 'object' || Array.isArray(statement))
        return statement;
    const out = {};
    for (const [key, value] of Object.entries(statement)) {
        if (LIST_ELEMENTS.includes(key))
            out[key] = asSortedList(value);
        else if ((key === 'Principal' || key === 'NotPrincipal') &&
            value &&
            typeof value === 'object' &&
            !Array.isArray(value)) {
            const principals = {};
            for (const [type, ids] of Object.entries(value))
                principals[type] = asSortedList(ids);
            out[key] = principals;
        }
        else if (key === 'Condition' && value && typeof value === 'object' && !Array.isArray(value)) {
            const operators = {};
            for (const [operator, entries] of Object.entries(value)) {
                const keys = {};
                // Condition keys are case-insensitive in IAM; their values are not.
                if (entries && typeof entries === 'object' && !Array.isArray(entries)) {
                    for (const [k, v] of Object.entries(entries))
                        keys[k.toLowerCase()] = asSortedList(v);
                }
                operators[operator] = keys;
            }
            out[key] = operators;
        }
        else
            out[key] = value;
    }
    return out;
}
/** The canonical text of an IAM-style policy document: statement order, list order and list-vs-string ignored. */
function normalizePolicyDocument(text) {
    const doc = parse(text);
    if (!doc || typeof doc !== 'object' || Array.isArray(doc))
        return text;
    const statements = doc.Statement === undefined ? [] : Array.isArray(doc.Statement) ? doc.Statement : [doc.Statement];
    const normalized = statements.map(normalizeStatement).map(canonicalJson).sort();
    return canonicalJson({ ...doc, Version: doc.Version ?? '2008-10-17', Statement: normalized });
}
function samePolicyDocument(a, b) {
    if (a === undefined || b === undefined)
        return a === b;
    return normalizePolicyDocument(a) === normalizePolicyDocument(b);
}
/** The canonical text of an ECR lifecycle policy: rules ordered by priority, keys sorted. */
function normalizeLifecyclePolicy(text) {
    const doc = parse(text);
    if (!doc || typeof doc !== 'object' || Array.isArray(doc) || !Array.isArray(doc.rules))
        return text;
    const rules = [...doc.rules].sort((a, b) => priorityOf(a) - priorityOf(b));
    return canonicalJson({ ...doc, rules });
}
function priorityOf(rule) {
    return rule && typeof rule === 'object' && !Array.isArray(rule) && typeof rule.rulePriority === 'number'
        ? rule.rulePriority
        : 0;
}
function sameLifecyclePolicy(a, b) {
    if (a === undefined || b === undefined)
        return a === b;
    return normalizeLifecyclePolicy(a) === normalizeLifecyclePolicy(b);
}
/** A JSON text for display: parsed and indented when it parses, as written otherwise. */
function prettyJson(text) {
    if (text === undefined)
        return undefined;
    const doc = parse(text);
    return doc === undefined ? text : doc;
}

;// CONCATENATED MODULE: ./shared/src/provision/bucket-policy.ts

/**
 * The package store's bucket policy, as statements this system owns (named by a Sid prefix) so that they merge
 * into a bucket policy other systems or people also write to, without dropping anything of theirs.
 */
/**
 * Keys of published artifacts (and their checksums and signatures), written once with If-None-Match. Every other
 * key under the prefix is an index (maven-metadata.xml, an npm packument, a PEP 503 page) rewritten with If-Match.
 */
const ARTIFACT_EXTENSIONS = ['jar', 'war', 'aar', 'pom', 'module', 'tgz', 'tar.gz', 'whl', 'zip'];
function sidPrefixFor(system) {
    const words = system.split(/[^a-z0-9]+/i).filter(Boolean);
    return `Artifacts${words.map((w) => w[0].toUpperCase() + w.slice(1)).join('')}`;
}
function bucketPolicyStatements(options) {
    const { bucket, prefix, system, principalTagKey, shared } = options;
    const sid = sidPrefixFor(system);
    const bucketArn = `arn:aws:s3:::${bucket}`;
    const objects = `${bucketArn}/${prefix}/*`;
    const principalTag = `aws:PrincipalTag/${principalTagKey}`;
    // CreateMultipartUpload and UploadPart are authorised as s3:PutObject but take no conditional header.
    const creation = { 's3:ObjectCreationOperation': 'true' };
    return [
        {
            Sid: `${sid}TlsOnly`,
            Effect: 'Deny',
            Principal: '*',
            Action: 's3:*',
            Resource: shared ? [objects] : [bucketArn, `${bucketArn}/*`],
            Condition: { Bool: { 'aws:SecureTransport': 'false' } },
        },
        {
            Sid: `${sid}ConditionalWritesOnly`,
            Effect: 'Deny',
            Principal: '*',
            Action: 's3:PutObject',
            Resource: objects,
            Condition: { Null: { 's3:if-none-match': 'true', 's3:if-match': 'true' }, Bool: creation },
        },
        {
            Sid: `${sid}NoArtifactOverwrite`,
            Effect: 'Deny',
            Principal: '*',
            Action: 's3:PutObject',
            Resource: ARTIFACT_EXTENSIONS.flatMap((ext) => [`${objects}.${ext}`, `${objects}.${ext}.*`]),
            Condition: { Null: { 's3:if-none-match': 'true' }, Bool: creation },
        },
        {
            Sid: `${sid}PrefixIsolation`,
            Effect: 'Deny',
            Principal: '*',
            Action: ['s3:GetObject', 's3:GetObjectVersion', 's3:PutObject', 's3:DeleteObject', 's3:DeleteObjectVersion'],
            NotResource: objects,
            Condition: { StringEquals: { [principalTag]: system } },
        },
        {
            Sid: `${sid}ListIsolation`,
            Effect: 'Deny',
            Principal: '*',
            Action: 's3:ListBucket',
            Resource: bucketArn,
            Condition: { StringEquals: { [principalTag]: system }, StringNotLike: { 's3:prefix': [prefix, `${prefix}/*`] } },
        },
    ];
}
function statementsOf(text) {
    if (!text)
        return [];
    try {
        const doc = JSON.parse(text);
        if (!doc.Statement)
            return [];
        return Array.isArray(doc.Statement) ? doc.Statement : [doc.Statement];
    }
    catch {
        return [];
    }
}
const owned = (sidPrefix) => (s) => typeof s.Sid === 'string' && s.Sid.startsWith(sidPrefix);
/** This system's statements of a bucket policy text. */
function ownedStatements(text, sidPrefix) {
    return statementsOf(text).filter(owned(sidPrefix));
}
/** Statements of others, which a merge keeps. */
function foreignStatements(text, sidPrefix) {
    return statementsOf(text).filter((s) => !owned(sidPrefix)(s));
}
/** The bucket policy to write: every statement of others as it was, then this system's statements. */
function mergeBucketPolicy(existing, ours, sidPrefix) {
    let version = '2012-10-17';
    let id;
    if (existing) {
        try {
            const doc = JSON.parse(existing);
            version = doc.Version ?? version;
            id = doc.Id;
        }
        catch {
            // An unreadable policy keeps nothing but ours; S3 never returns one.
        }
    }
    const doc = { Version: version };
    if (id !== undefined)
        doc.Id = id;
    doc.Statement = [...foreignStatements(existing, sidPrefix), ...ours];
    return JSON.stringify(doc);
}
function sameStatements(a, b) {
    const doc = (s) => normalizePolicyDocument(JSON.stringify({ Version: '2012-10-17', Statement: s }));
    return doc(a) === doc(b);
}

;// CONCATENATED MODULE: ./shared/src/provision/desired.ts





/** The tag that marks a resource as managed, when the policy's resourceTags do not set it. */
const DEFAULT_MANAGED_BY = { key: 'ManagedBy', value: 'artifacts' };
/** The policy with more services (from the `services` input or the organisation's repositories). */
function withServices(policy, services) {
    const merged = [...policy.registry.services];
    for (const s of services)
        if (!merged.includes(s))
            merged.push(s);
    return { ...policy, registry: { ...policy.registry, services: merged } };
}
function registryHost(ctx) {
    return `${ctx.accountId}.dkr.ecr.${ctx.region}.amazonaws.com`;
}
/** The policy's resource tags, with the ownership marker added when the policy has none. */
function resourceTagsOf(policy) {
    const tags = { ...policy.resourceTags };
    if (!(DEFAULT_MANAGED_BY.key in tags))
        tags[DEFAULT_MANAGED_BY.key] = DEFAULT_MANAGED_BY.value;
    if (!(policy.iam.principalTagKey in tags))
        tags[policy.iam.principalTagKey] = policy.system;
    return tags;
}
function repositorySettings(policy) {
    const mutability = (0,src_policy.tagMutabilitySettings)(policy);
    const { type, kmsKey } = policy.registry.encryption;
    if (type === 'AES256' && kmsKey) {
        throw new errors/* ConfigurationError */.j1('registry.encryption: kmsKey is only for type KMS or KMS_DSSE; remove it or set type KMS');
    }
    const encryption = { encryptionType: type };
    if (kmsKey)
        encryption.kmsKey = kmsKey;
    return {
        tags: resourceTagsOf(policy),
        imageTagMutability: mutability.imageTagMutability,
        exclusionFilters: (mutability.imageTagMutabilityExclusionFilters ?? []).map((f) => f.filter),
        encryption,
        lifecyclePolicy: (0,src_policy.lifecyclePolicyFor)(policy),
        repositoryPolicy: (0,src_policy.repositoryPolicyFor)(policy),
    };
}
/**
 * The namespace the system's repositories share (the repository pattern up to its first placeholder), for a
 * CREATE_ON_PUSH template; undefined when the pattern starts with a placeholder other than {system}.
 */
function systemNamespace(policy) {
    const pattern = (0,template/* renderTemplate */.Xm)((0,src_policy.repositoryPattern)(policy), { system: policy.system });
    if (policy.registry.layout === 'single')
        return pattern;
    const fixed = pattern.split('{')[0];
    const slash = fixed.lastIndexOf('/');
    return slash > 0 ? fixed.slice(0, slash) : undefined;
}
function creationTemplates(policy, settings, prefixes) {
    const role = policy.registry.templateRoleArn;
    const byPrefix = new Map();
    for (const prefix of prefixes)
        byPrefix.set(prefix, ['PULL_THROUGH_CACHE']);
    if (policy.registry.createOnPush) {
        const namespace = systemNamespace(policy);
        if (!namespace) {
            throw new errors/* ConfigurationError */.j1(`registry.createOnPush needs a repository pattern that starts with a fixed namespace, such as "{system}/{service}"; "${(0,src_policy.repositoryPattern)(policy)}" starts with a placeholder`);
        }
        byPrefix.set(namespace, [...(byPrefix.get(namespace) ?? []), 'CREATE_ON_PUSH']);
    }
    if (byPrefix.size > 0 && !role) {
        throw new errors/* ConfigurationError */.j1(`registry.templateRoleArn is needed: the ${[...byPrefix.keys()].join(', ')} repository creation template(s) give new repositories the resource tags${settings.encryption.encryptionType === 'AES256' ? '' : ' and KMS key'}, which ECR applies through a role it assumes. Create a role that trusts ecr.amazonaws.com with ecr:CreateRepository, ecr:ReplicateImage, ecr:TagResource (and kms:CreateGrant, kms:RetireGrant, kms:DescribeKey) and set its ARN`);
    }
    return [...byPrefix.entries()].map(([prefix, appliedFor]) => ({
        prefix,
        customRoleArn: role,
        appliedFor,
        description: `Managed by artifacts for ${policy.system}`,
        ...settings,
        // A repository policy in a template would open every cached upstream to the pull accounts; keep it explicit.
        repositoryPolicy: appliedFor.includes('CREATE_ON_PUSH') ? settings.repositoryPolicy : undefined,
    }));
}
/** ECR's limit on repository filters in one registry scanning rule. */
const MAX_SCANNING_FILTERS = 100;
/**
 * The scanning filters of the system: the policy's, else the exact repository names, else (past ECR's limit of
 * filters per rule) the system's namespace as one wildcard beside the names outside it.
 */
function scanningFilters(policy, names) {
    if (policy.registry.scanning.filters.length > 0)
        return policy.registry.scanning.filters;
    if (names.length <= MAX_SCANNING_FILTERS)
        return names;
    const namespace = systemNamespace(policy);
    const compressed = namespace ? [`${namespace}/*`, ...names.filter((n) => !n.startsWith(`${namespace}/`))] : names;
    if (compressed.length > MAX_SCANNING_FILTERS) {
        throw new errors/* ConfigurationError */.j1(`the system has ${names.length} repositories; an ECR scanning rule holds at most ${MAX_SCANNING_FILTERS} filters: set registry.scanning.filters to wildcards that cover them, such as "${namespace ?? policy.system}/*"`);
    }
    return compressed;
}
/** Everything the policy asks AWS to hold. Pure: the account and region come from the caller. */
function desiredState(policy, ctx) {
    const settings = repositorySettings(policy);
    const host = registryHost(ctx);
    const repositories = (0,src_policy.managedRepositories)(policy).map((r) => ({
        ...settings,
        name: r.name,
        uri: `${host}/${r.name}`,
        kind: r.kind,
        service: r.service,
        environment: r.environment,
    }));
    const { scanning } = policy.registry;
    if (scanning.type === 'BASIC' && scanning.frequency === 'CONTINUOUS_SCAN') {
        throw new errors/* ConfigurationError */.j1('registry.scanning: CONTINUOUS_SCAN needs type ENHANCED (Amazon Inspector); set type ENHANCED or frequency SCAN_ON_PUSH');
    }
    const rules = pullThroughCacheRules(policy, ctx);
    const templates = creationTemplates(policy, settings, rules.map((r) => r.prefix));
    const replication = policy.registry.replication.map((r) => ({
        destinations: [{ region: r.region, registryId: r.account ?? ctx.accountId }],
        filters: r.filters.length > 0 ? r.filters : [systemNamespace(policy) ?? policy.system],
    }));
    for (const r of replication) {
        if (r.destinations[0].region === ctx.region && r.destinations[0].registryId === ctx.accountId) {
            throw new errors/* ConfigurationError */.j1(`registry.replication: region ${ctx.region} in the same account is the registry itself; replicate to another region or account`);
        }
    }
    const tags = resourceTagsOf(policy);
    let bucket;
    if (policy.packages.bucket) {
        const prefix = (0,src_policy.packagePrefix)(policy);
        const shared = policy.packages.sharedBucket;
        bucket = {
            name: policy.packages.bucket,
            shared,
            prefix,
            sidPrefix: sidPrefixFor(policy.system),
            statements: bucketPolicyStatements({
                bucket: policy.packages.bucket,
                prefix,
                system: policy.system,
                principalTagKey: policy.iam.principalTagKey,
                shared,
            }),
            tags,
            encryption: { algorithm: 'AES256' },
        };
    }
    const documents = (0,src_policy.iamPolicyDocuments)(policy, { accountId: ctx.accountId, region: ctx.region, bucket: bucket?.name });
    const iamPolicies = Object.entries(documents).map(([name, document]) => {
        const policyName = `artifacts-${policy.system}-${name}`;
        return {
            name: policyName,
            arn: `arn:aws:iam::${ctx.accountId}:policy/artifacts/${policyName}`,
            document: JSON.stringify(document),
        };
    });
    return {
        system: policy.system,
        accountId: ctx.accountId,
        region: ctx.region,
        ownership: {
            tags: {
                [DEFAULT_MANAGED_BY.key]: tags[DEFAULT_MANAGED_BY.key],
                [policy.iam.principalTagKey]: tags[policy.iam.principalTagKey],
            },
        },
        repositories,
        scanning: {
            scanType: scanning.type,
            frequency: scanning.frequency,
            filters: scanningFilters(policy, repositories.map((r) => r.name)),
            repositories: repositories.map((r) => r.name),
        },
        pullThroughCacheRules: rules,
        creationTemplates: templates,
        replication,
        bucket,
        iamPolicies,
        createIamPolicies: policy.iam.createPolicies,
    };
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ecr/dist-cjs/index.js
var dist_cjs = __webpack_require__(28249);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-s3/dist-cjs/index.js
var client_s3_dist_cjs = __webpack_require__(53711);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-iam/dist-cjs/index.js
var client_iam_dist_cjs = __webpack_require__(16764);
// EXTERNAL MODULE: ./node_modules/p-limit/index.js
var p_limit = __webpack_require__(58890);
var p_limit_default = /*#__PURE__*/__webpack_require__.n(p_limit);
;// CONCATENATED MODULE: ./shared/src/provision/reader.ts





function tagsToRecord(tags) {
    const out = {};
    for (const t of tags ?? [])
        if (t.Key !== undefined)
            out[t.Key] = t.Value ?? '';
    return out;
}
/** What DescribeRepositories tells of a repository (no tags or policies: they need a call each). */
function repositoryFromDescription(r) {
    const encryption = r.encryptionConfiguration;
    return {
        name: r.repositoryName ?? '',
        uri: r.repositoryUri ?? '',
        tags: {},
        imageTagMutability: r.imageTagMutability ?? 'MUTABLE',
        exclusionFilters: (r.imageTagMutabilityExclusionFilters ?? []).map((f) => f.filter ?? ''),
        encryption: {
            encryptionType: (encryption?.encryptionType ?? 'AES256'),
            ...(encryption?.kmsKey ? { kmsKey: encryption.kmsKey } : {}),
        },
    };
}
/** Every repository of the registry (DescribeRepositories, every page). */
async function listRepositories(ecr, call) {
    const out = [];
    let nextToken;
    do {
        const page = await call('DescribeRepositories', () => ecr.send(new dist_cjs.DescribeRepositoriesCommand({ maxResults: 1000, nextToken })));
        out.push(...(page.repositories ?? []));
        nextToken = page.nextToken;
    } while (nextToken);
    return out;
}
async function readRepositoryTags(ecr, arn, call) {
    const response = await call('ListTagsForResource', () => ecr.send(new dist_cjs.ListTagsForResourceCommand({ resourceArn: arn })));
    return tagsToRecord(response.tags);
}
/** The lifecycle policy text, or undefined when the repository has none. */
async function readLifecyclePolicy(ecr, name, call) {
    try {
        const r = await call('GetLifecyclePolicy', () => ecr.send(new dist_cjs.GetLifecyclePolicyCommand({ repositoryName: name })));
        return r.lifecyclePolicyText;
    }
    catch (err) {
        if ((0,aws_calls/* errorName */.Is)(err) === 'LifecyclePolicyNotFoundException')
            return undefined;
        throw err;
    }
}
async function readRepositoryPolicy(ecr, name, call) {
    try {
        const r = await call('GetRepositoryPolicy', () => ecr.send(new dist_cjs.GetRepositoryPolicyCommand({ repositoryName: name })));
        return r.policyText;
    }
    catch (err) {
        if ((0,aws_calls/* errorName */.Is)(err) === 'RepositoryPolicyNotFoundException')
            return undefined;
        throw err;
    }
}
/** A repository with its tags, lifecycle policy and repository policy. */
async function readRepositoryDetails(ecr, r, call) {
    const base = repositoryFromDescription(r);
    const [tags, lifecyclePolicy, repositoryPolicy] = await Promise.all([
        readRepositoryTags(ecr, r.repositoryArn ?? '', call),
        readLifecyclePolicy(ecr, base.name, call),
        readRepositoryPolicy(ecr, base.name, call),
    ]);
    return { ...base, tags, lifecyclePolicy, repositoryPolicy };
}
async function readScanning(ecr, call) {
    const r = await call('GetRegistryScanningConfiguration', () => ecr.send(new dist_cjs.GetRegistryScanningConfigurationCommand({})));
    return {
        scanType: r.scanningConfiguration?.scanType ?? 'BASIC',
        rules: (r.scanningConfiguration?.rules ?? []).map((rule) => ({
            frequency: rule.scanFrequency ?? 'SCAN_ON_PUSH',
            filters: (rule.repositoryFilters ?? []).map((f) => f.filter ?? ''),
        })),
    };
}
async function readPullThroughCacheRules(ecr, call) {
    const out = new Map();
    let nextToken;
    do {
        const page = await call('DescribePullThroughCacheRules', () => ecr.send(new dist_cjs.DescribePullThroughCacheRulesCommand({ nextToken })));
        for (const r of page.pullThroughCacheRules ?? []) {
            const rule = {
                prefix: r.ecrRepositoryPrefix ?? '',
                upstreamRegistry: r.upstreamRegistry ?? '',
                upstreamRegistryUrl: r.upstreamRegistryUrl ?? '',
            };
            if (r.credentialArn)
                rule.credentialArn = r.credentialArn;
            out.set(rule.prefix, rule);
        }
        nextToken = page.nextToken;
    } while (nextToken);
    return out;
}
function templateFromDescription(t) {
    return {
        prefix: t.prefix ?? '',
        appliedFor: (t.appliedFor ?? []),
        description: t.description,
        ...(t.customRoleArn ? { customRoleArn: t.customRoleArn } : {}),
        tags: tagsToRecord(t.resourceTags),
        imageTagMutability: t.imageTagMutability ?? 'MUTABLE',
        exclusionFilters: (t.imageTagMutabilityExclusionFilters ?? []).map((f) => f.filter ?? ''),
        encryption: {
            encryptionType: (t.encryptionConfiguration?.encryptionType ?? 'AES256'),
            ...(t.encryptionConfiguration?.kmsKey ? { kmsKey: t.encryptionConfiguration.kmsKey } : {}),
        },
        lifecyclePolicy: t.lifecyclePolicy || undefined,
        repositoryPolicy: t.repositoryPolicy || undefined,
    };
}
async function readCreationTemplates(ecr, call) {
    const out = new Map();
    let nextToken;
    do {
        const page = await call('DescribeRepositoryCreationTemplates', () => ecr.send(new dist_cjs.DescribeRepositoryCreationTemplatesCommand({ nextToken })));
        for (const t of page.repositoryCreationTemplates ?? [])
            out.set(t.prefix ?? '', templateFromDescription(t));
        nextToken = page.nextToken;
    } while (nextToken);
    return out;
}
async function readReplication(ecr, call) {
    const r = await call('DescribeRegistry', () => ecr.send(new dist_cjs.DescribeRegistryCommand({})));
    return (r.replicationConfiguration?.rules ?? []).map((rule) => ({
        destinations: (rule.destinations ?? []).map((d) => ({ region: d.region ?? '', registryId: d.registryId ?? '' })),
        filters: (rule.repositoryFilters ?? []).map((f) => f.filter ?? ''),
    }));
}
const S3_ABSENT = ['NoSuchBucket', 'NotFound'];
async function optional(absent, read) {
    try {
        return await read();
    }
    catch (err) {
        if (absent.includes((0,aws_calls/* errorName */.Is)(err)))
            return undefined;
        throw err;
    }
}
/** The bucket's versioning, default encryption, public access block, policy and tags. */
async function readBucket(s3, name, call) {
    const exists = await optional(S3_ABSENT, () => call('HeadBucket', () => s3.send(new client_s3_dist_cjs.HeadBucketCommand({ Bucket: name }))));
    if (!exists)
        return { name, exists: false, tags: {} };
    const [versioning, encryption, pab, policy, tagging] = await Promise.all([
        call('GetBucketVersioning', () => s3.send(new client_s3_dist_cjs.GetBucketVersioningCommand({ Bucket: name }))),
        optional(['ServerSideEncryptionConfigurationNotFoundError'], () => call('GetBucketEncryption', () => s3.send(new client_s3_dist_cjs.GetBucketEncryptionCommand({ Bucket: name })))),
        optional(['NoSuchPublicAccessBlockConfiguration'], () => call('GetPublicAccessBlock', () => s3.send(new client_s3_dist_cjs.GetPublicAccessBlockCommand({ Bucket: name })))),
        optional(['NoSuchBucketPolicy'], () => call('GetBucketPolicy', () => s3.send(new client_s3_dist_cjs.GetBucketPolicyCommand({ Bucket: name })))),
        optional(['NoSuchTagSet'], () => call('GetBucketTagging', () => s3.send(new client_s3_dist_cjs.GetBucketTaggingCommand({ Bucket: name })))),
    ]);
    const rule = encryption?.ServerSideEncryptionConfiguration?.Rules?.[0]?.ApplyServerSideEncryptionByDefault;
    const block = pab?.PublicAccessBlockConfiguration;
    const state = { name, exists: true, tags: tagsToRecord(tagging?.TagSet) };
    if (versioning.Status)
        state.versioning = versioning.Status;
    if (rule?.SSEAlgorithm) {
        state.encryption = {
            algorithm: rule.SSEAlgorithm,
            ...(rule.KMSMasterKeyID ? { kmsKey: rule.KMSMasterKeyID } : {}),
        };
    }
    if (block) {
        state.publicAccessBlock = {
            BlockPublicAcls: block.BlockPublicAcls ?? false,
            IgnorePublicAcls: block.IgnorePublicAcls ?? false,
            BlockPublicPolicy: block.BlockPublicPolicy ?? false,
            RestrictPublicBuckets: block.RestrictPublicBuckets ?? false,
        };
    }
    if (policy?.Policy)
        state.policy = policy.Policy;
    return state;
}
/** An IAM policy's default version document, or no document when the policy does not exist. */
async function readIamPolicy(iam, name, arn, call) {
    const found = await optional(['NoSuchEntityException', 'NoSuchEntity'], () => call('GetPolicy', () => iam.send(new client_iam_dist_cjs.GetPolicyCommand({ PolicyArn: arn }))));
    const versionId = found?.Policy?.DefaultVersionId;
    if (!versionId)
        return { name, arn };
    const version = await call('GetPolicyVersion', () => iam.send(new client_iam_dist_cjs.GetPolicyVersionCommand({ PolicyArn: arn, VersionId: versionId })));
    const raw = version.PolicyVersion?.Document;
    // IAM returns the document URL-encoded.
    return { name, arn, document: raw === undefined ? undefined : decodeURIComponent(raw) };
}
/** Everything a plan compares, read with bounded concurrency. */
async function readActualState(clients, scope, call) {
    const limit = p_limit_default()(Math.max(1, scope.concurrency));
    const { ecr } = clients;
    const [all, scanning, pullThroughCacheRules, creationTemplates, replication] = await Promise.all([
        listRepositories(ecr, call),
        readScanning(ecr, call),
        readPullThroughCacheRules(ecr, call),
        readCreationTemplates(ecr, call),
        readReplication(ecr, call),
    ]);
    const wanted = new Set(scope.repositories);
    const repositories = new Map();
    await Promise.all(all.map((r) => limit(async () => {
        const name = r.repositoryName ?? '';
        if (wanted.has(name))
            repositories.set(name, await readRepositoryDetails(ecr, r, call));
        else if (scope.findRemovals) {
            repositories.set(name, {
                ...repositoryFromDescription(r),
                tags: await readRepositoryTags(ecr, r.repositoryArn ?? '', call),
            });
        }
        else
            repositories.set(name, repositoryFromDescription(r));
    })));
    const bucket = scope.bucket && clients.s3 ? await readBucket(clients.s3, scope.bucket, call) : undefined;
    const iamPolicies = new Map();
    if (clients.iam) {
        const iam = clients.iam;
        await Promise.all(scope.iamPolicies.map((p) => limit(async () => iamPolicies.set(p.name, await readIamPolicy(iam, p.name, p.arn, call)))));
    }
    return { repositories, scanning, pullThroughCacheRules, creationTemplates, replication, bucket, iamPolicies };
}

;// CONCATENATED MODULE: ./shared/src/provision/plan.ts



const PUBLIC_ACCESS_BLOCKED = {
    BlockPublicAcls: true,
    IgnorePublicAcls: true,
    BlockPublicPolicy: true,
    RestrictPublicBuckets: true,
};
/** A KMS key as the policy names it (ARN, key id, or an alias resolved to its key) against the ARN AWS reports. */
function sameKmsKey(desired, actual) {
    const key = desired.kmsKey;
    if (key === undefined)
        return true; // the AWS-managed key: whatever ARN AWS reports for it
    if (actual === undefined)
        return false;
    // An alias resolved to its key (kms:DescribeKey) matches the key ARN ECR reports.
    if (desired.kmsKeyArn !== undefined && desired.kmsKeyArn === actual)
        return true;
    return key === actual || actual.endsWith(`:key/${key}`) || actual.endsWith(`:${key}`);
}
const sameList = (a, b) => canonicalJson([...a].sort()) === canonicalJson([...b].sort());
/** Attribute changes between desired settings and what a repository or template holds. */
function settingsChanges(desired, actual, options) {
    const changes = [];
    for (const [key, value] of Object.entries(desired.tags)) {
        if (actual.tags[key] !== value)
            changes.push({ attribute: `tags.${key}`, before: actual.tags[key], after: value });
    }
    if (desired.imageTagMutability !== actual.imageTagMutability) {
        changes.push({
            attribute: 'imageTagMutability',
            before: actual.imageTagMutability,
            after: desired.imageTagMutability,
        });
    }
    if (!sameList(desired.exclusionFilters, actual.exclusionFilters)) {
        changes.push({
            attribute: 'imageTagMutabilityExclusionFilters',
            before: actual.exclusionFilters,
            after: desired.exclusionFilters,
        });
    }
    const de = desired.encryption;
    const ae = actual.encryption;
    if (de.encryptionType !== ae.encryptionType || !sameKmsKey(de, ae.kmsKey)) {
        changes.push({
            attribute: 'encryption',
            before: ae,
            after: de,
            ...(options.encryptionFixed ? { replacement: true } : {}),
        });
    }
    if (!sameLifecyclePolicy(desired.lifecyclePolicy, actual.lifecyclePolicy)) {
        changes.push({
            attribute: 'lifecyclePolicy',
            before: prettyJson(actual.lifecyclePolicy),
            after: prettyJson(desired.lifecyclePolicy),
        });
    }
    const policyManaged = desired.repositoryPolicy !== undefined || !options.repositoryPolicyOptional;
    if (policyManaged && !samePolicyDocument(desired.repositoryPolicy, actual.repositoryPolicy)) {
        changes.push({
            attribute: 'repositoryPolicy',
            before: prettyJson(actual.repositoryPolicy),
            after: prettyJson(desired.repositoryPolicy),
        });
    }
    return changes;
}
function creationChanges(settings) {
    const changes = Object.entries(settings.tags).map(([k, v]) => ({
        attribute: `tags.${k}`,
        after: v,
    }));
    changes.push({ attribute: 'imageTagMutability', after: settings.imageTagMutability });
    if (settings.exclusionFilters.length > 0) {
        changes.push({ attribute: 'imageTagMutabilityExclusionFilters', after: settings.exclusionFilters });
    }
    changes.push({ attribute: 'encryption', after: settings.encryption });
    if (settings.lifecyclePolicy)
        changes.push({ attribute: 'lifecyclePolicy', after: prettyJson(settings.lifecyclePolicy) });
    if (settings.repositoryPolicy)
        changes.push({ attribute: 'repositoryPolicy', after: prettyJson(settings.repositoryPolicy) });
    return changes;
}
function planRepository(desired, actual) {
    if (!actual)
        return { kind: 'repository', id: desired.name, action: 'create', changes: creationChanges(desired) };
    const changes = settingsChanges(desired, actual, { encryptionFixed: true, repositoryPolicyOptional: true });
    if (changes.some((c) => c.replacement)) {
        return {
            kind: 'repository',
            id: desired.name,
            action: 'replace',
            changes,
            note: 'ECR fixes encryption when a repository is created: it is not changed here. Copy the images to a new repository with the new encryption (or delete and re-create it), then run again.',
        };
    }
    return { kind: 'repository', id: desired.name, action: changes.length ? 'update' : 'unchanged', changes };
}
function isOwnedBy(tags, marker) {
    return Object.entries(marker).every(([k, v]) => tags[k] === v);
}
/** The registry scanning configuration with this system's filters at its frequency and everyone else's kept. */
function mergeScanning(actual, ours, retired = []) {
    const mine = new Set([...ours.filters, ...ours.repositories, ...retired]);
    const rules = actual.rules.map((r) => ({ frequency: r.frequency, filters: r.filters.filter((f) => !mine.has(f)) }));
    if (ours.frequency !== 'MANUAL' && ours.filters.length > 0) {
        const rule = rules.find((r) => r.frequency === ours.frequency);
        if (rule)
            rule.filters.push(...ours.filters);
        else
            rules.push({ frequency: ours.frequency, filters: [...ours.filters] });
    }
    return { scanType: ours.scanType, rules: rules.filter((r) => r.filters.length > 0) };
}
function frequencyByFilter(state) {
    const out = new Map();
    for (const r of state.rules)
        for (const f of r.filters)
            out.set(f, String(r.frequency));
    return out;
}
function planScanning(desired, actual, retired) {
    const changes = [];
    const current = frequencyByFilter(actual);
    const stale = [...retired, ...desired.repositories.filter((n) => !desired.filters.includes(n))].filter((f) => current.has(f));
    if (stale.length > 0)
        changes.push({ attribute: 'retiredFilters', before: stale, after: [] });
    if (desired.scanType !== actual.scanType) {
        changes.push({ attribute: 'scanType', before: actual.scanType, after: desired.scanType });
    }
    const wrong = desired.filters.filter((f) => (current.get(f) ?? 'MANUAL') !== desired.frequency);
    if (wrong.length > 0) {
        changes.push({
            attribute: 'frequency',
            before: Object.fromEntries(wrong.map((f) => [f, current.get(f) ?? 'MANUAL'])),
            after: Object.fromEntries(wrong.map((f) => [f, desired.frequency])),
        });
    }
    return { kind: 'registry-scanning', id: 'registry', action: changes.length ? 'update' : 'unchanged', changes };
}
/** A credential ARN as the policy wrote it (possibly without the secret's random suffix) against AWS's. */
function sameSecretArn(desired, actual) {
    if (desired === undefined || actual === undefined)
        return desired === actual;
    return (desired === actual || new RegExp(`^${desired.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}-[A-Za-z0-9]{6}$`).test(actual));
}
function planTemplate(desired, actual) {
    if (!actual) {
        return {
            kind: 'creation-template',
            id: desired.prefix,
            action: 'create',
            changes: [{ attribute: 'appliedFor', after: desired.appliedFor }, ...creationChanges(desired)],
        };
    }
    const changes = settingsChanges(desired, actual, { encryptionFixed: false, repositoryPolicyOptional: false });
    if (desired.customRoleArn !== actual.customRoleArn) {
        changes.push({ attribute: 'customRoleArn', before: actual.customRoleArn, after: desired.customRoleArn });
    }
    if (!sameList(desired.appliedFor, actual.appliedFor)) {
        changes.unshift({ attribute: 'appliedFor', before: actual.appliedFor, after: desired.appliedFor });
    }
    return { kind: 'creation-template', id: desired.prefix, action: changes.length ? 'update' : 'unchanged', changes };
}
const sameRule = (a, b) => canonicalJson(a) === canonicalJson(b);
/** The registry's replication rules plus the policy's, none dropped. */
function mergeReplication(actual, ours) {
    return [...actual, ...ours.filter((r) => !actual.some((a) => sameRule(a, r)))];
}
function planBucket(desired, actual) {
    const id = desired.shared ? `${desired.name}/${desired.prefix}` : desired.name;
    if (!actual?.exists) {
        if (desired.shared) {
            throw new errors/* ConfigurationError */.j1(`packages.sharedBucket is true but bucket ${desired.name} does not exist (or this role cannot see it); create the bucket, or set packages.sharedBucket: false so that provision-repo creates it`);
        }
        return {
            kind: 'bucket',
            id,
            action: 'create',
            changes: [
                { attribute: 'versioning', after: 'Enabled' },
                { attribute: 'encryption', after: desired.encryption },
                { attribute: 'publicAccessBlock', after: PUBLIC_ACCESS_BLOCKED },
                { attribute: 'policy', after: desired.statements },
                ...Object.entries(desired.tags).map(([k, v]) => ({ attribute: `tags.${k}`, after: v })),
            ],
        };
    }
    const changes = [];
    if (!desired.shared) {
        if (actual.versioning !== 'Enabled')
            changes.push({ attribute: 'versioning', before: actual.versioning ?? 'off', after: 'Enabled' });
        // Any default encryption satisfies the policy; a stronger one (KMS) set by the owner is not downgraded.
        if (!actual.encryption)
            changes.push({ attribute: 'encryption', before: undefined, after: desired.encryption });
        if (canonicalJson(actual.publicAccessBlock ?? {}) !== canonicalJson(PUBLIC_ACCESS_BLOCKED)) {
            changes.push({ attribute: 'publicAccessBlock', before: actual.publicAccessBlock, after: PUBLIC_ACCESS_BLOCKED });
        }
        for (const [k, v] of Object.entries(desired.tags)) {
            if (actual.tags[k] !== v)
                changes.push({ attribute: `tags.${k}`, before: actual.tags[k], after: v });
        }
    }
    const currentStatements = ownedStatements(actual.policy, desired.sidPrefix);
    if (!sameStatements(desired.statements, currentStatements)) {
        changes.push({ attribute: 'policy', before: currentStatements, after: desired.statements });
    }
    return { kind: 'bucket', id, action: changes.length ? 'update' : 'unchanged', changes };
}
/** The plan: every resource the policy manages, in a stable order, and what would change. */
function computePlan(desired, actual, options) {
    const resources = [];
    for (const repo of desired.repositories)
        resources.push(planRepository(repo, actual.repositories.get(repo.name)));
    const wanted = new Set(desired.repositories.map((r) => r.name));
    for (const repo of [...actual.repositories.values()].sort((a, b) => a.name.localeCompare(b.name))) {
        if (wanted.has(repo.name) || !isOwnedBy(repo.tags, desired.ownership.tags))
            continue;
        resources.push({
            kind: 'repository',
            id: repo.name,
            action: 'remove',
            changes: [],
            note: options.prune
                ? 'Managed by this system and no longer in the policy: deleted (only when it holds no images).'
                : 'Managed by this system and no longer in the policy; not deleted (set prune: true to delete it).',
        });
    }
    resources.push(planScanning(desired.scanning, actual.scanning, options.prune ? retiredRepositories(resources, options.kept) : []));
    for (const rule of desired.pullThroughCacheRules) {
        const current = actual.pullThroughCacheRules.get(rule.prefix);
        if (!current) {
            resources.push({
                kind: 'pull-through-cache',
                id: rule.prefix,
                action: 'create',
                changes: Object.entries(rule)
                    .filter(([k]) => k !== 'prefix')
                    .map(([attribute, after]) => ({ attribute, after })),
            });
            continue;
        }
        if (current.upstreamRegistryUrl !== rule.upstreamRegistryUrl ||
            current.upstreamRegistry !== rule.upstreamRegistry) {
            resources.push({
                kind: 'pull-through-cache',
                id: rule.prefix,
                action: 'replace',
                changes: [
                    {
                        attribute: 'upstreamRegistryUrl',
                        before: current.upstreamRegistryUrl,
                        after: rule.upstreamRegistryUrl,
                        replacement: true,
                    },
                ],
                note: `ECR cannot change a rule's upstream: delete the rule for prefix ${rule.prefix} (aws ecr delete-pull-through-cache-rule) and run again, or choose another prefix.`,
            });
            continue;
        }
        const changes = sameSecretArn(rule.credentialArn, current.credentialArn)
            ? []
            : [{ attribute: 'credentialArn', before: current.credentialArn, after: rule.credentialArn }];
        resources.push({
            kind: 'pull-through-cache',
            id: rule.prefix,
            action: changes.length ? 'update' : 'unchanged',
            changes,
        });
    }
    for (const template of desired.creationTemplates) {
        resources.push(planTemplate(template, actual.creationTemplates.get(template.prefix)));
    }
    if (desired.replication.length > 0) {
        const missing = desired.replication.filter((r) => !actual.replication.some((a) => sameRule(a, r)));
        resources.push({
            kind: 'registry-replication',
            id: 'registry',
            action: missing.length ? 'update' : 'unchanged',
            changes: missing.length
                ? [
                    {
                        attribute: 'rules',
                        before: actual.replication,
                        after: mergeReplication(actual.replication, desired.replication),
                    },
                ]
                : [],
        });
    }
    if (desired.bucket)
        resources.push(planBucket(desired.bucket, actual.bucket));
    if (desired.createIamPolicies) {
        for (const p of desired.iamPolicies) {
            const current = actual.iamPolicies.get(p.name);
            if (!current?.document) {
                resources.push({
                    kind: 'iam-policy',
                    id: p.name,
                    action: 'create',
                    changes: [{ attribute: 'document', after: prettyJson(p.document) }],
                });
            }
            else if (!samePolicyDocument(p.document, current.document)) {
                resources.push({
                    kind: 'iam-policy',
                    id: p.name,
                    action: 'update',
                    changes: [{ attribute: 'document', before: prettyJson(current.document), after: prettyJson(p.document) }],
                });
            }
            else
                resources.push({ kind: 'iam-policy', id: p.name, action: 'unchanged', changes: [] });
        }
    }
    return {
        system: desired.system,
        accountId: desired.accountId,
        region: desired.region,
        resources,
        changes: resources.filter((r) => r.action !== 'unchanged').length,
    };
}
/** Repositories a pruning apply deletes (less those it had to keep): their exact-name scanning filters go with them. */
function retiredRepositories(resources, kept = []) {
    return resources
        .filter((r) => r.kind === 'repository' && r.action === 'remove' && !kept.includes(r.id))
        .map((r) => r.id);
}
/** What apply leaves as it is: replacements (never done) and removals without prune. */
function isLeftAlone(resource, prune) {
    if (resource.action === 'remove')
        return !prune;
    if (resource.action === 'replace')
        return resource.changes.every((c) => c.replacement);
    return false;
}

;// CONCATENATED MODULE: ./shared/src/provision/apply.ts







const tagList = (tags) => Object.entries(tags).map(([Key, Value]) => ({ Key, Value }));
function mutability(settings) {
    return {
        imageTagMutability: settings.imageTagMutability,
        ...(settings.exclusionFilters.length > 0
            ? {
                imageTagMutabilityExclusionFilters: settings.exclusionFilters.map((filter) => ({
                    filterType: 'WILDCARD',
                    filter,
                })),
            }
            : {}),
    };
}
function encryptionConfiguration(settings) {
    return {
        encryptionType: settings.encryption.encryptionType,
        ...(settings.encryption.kmsKey ? { kmsKey: settings.encryption.kmsKey } : {}),
    };
}
async function applyPlan(plan, desired, actual, clients, call, options) {
    const { ecr } = clients;
    const limit = p_limit_default()(Math.max(1, options.concurrency));
    const result = { applied: [], skipped: [] };
    const todo = plan.resources.filter((r) => r.action !== 'unchanged' && !isLeftAlone(r, options.prune));
    const changed = (r, attribute) => r.changes.some((c) => (c.attribute === attribute || c.attribute.startsWith(`${attribute}.`)) && !c.replacement);
    const repository = async (r) => {
        if (r.action === 'remove') {
            try {
                await call('DeleteRepository', () => ecr.send(new dist_cjs.DeleteRepositoryCommand({ repositoryName: r.id, force: false })));
            }
            catch (err) {
                if ((0,aws_calls/* errorName */.Is)(err) !== 'RepositoryNotEmptyException')
                    throw err;
                result.skipped.push({
                    resource: r,
                    reason: 'it still holds images; delete them first (prune never deletes images)',
                });
                return;
            }
            result.applied.push(r);
            return;
        }
        const want = desired.repositories.find((d) => d.name === r.id);
        if (!want)
            throw new Error(`the plan lists repository ${r.id} that the desired state does not`);
        const name = want.name;
        if (r.action === 'create') {
            await call('CreateRepository', () => ecr.send(new dist_cjs.CreateRepositoryCommand({
                repositoryName: name,
                ...mutability(want),
                encryptionConfiguration: encryptionConfiguration(want),
                tags: tagList(want.tags),
            })));
            if (want.lifecyclePolicy) {
                const text = want.lifecyclePolicy;
                await call('PutLifecyclePolicy', () => ecr.send(new dist_cjs.PutLifecyclePolicyCommand({ repositoryName: name, lifecyclePolicyText: text })));
            }
            if (want.repositoryPolicy) {
                const text = want.repositoryPolicy;
                await call('SetRepositoryPolicy', () => ecr.send(new dist_cjs.SetRepositoryPolicyCommand({ repositoryName: name, policyText: text })));
            }
            result.applied.push(r);
            return;
        }
        const current = actual.repositories.get(name);
        const arn = `arn:aws:ecr:${desired.region}:${desired.accountId}:repository/${name}`;
        if (changed(r, 'tags')) {
            const tags = Object.fromEntries(Object.entries(want.tags).filter(([k, v]) => current?.tags[k] !== v));
            await call('TagResource', () => ecr.send(new dist_cjs.TagResourceCommand({ resourceArn: arn, tags: tagList(tags) })));
        }
        if (changed(r, 'imageTagMutability') || changed(r, 'imageTagMutabilityExclusionFilters')) {
            await call('PutImageTagMutability', () => ecr.send(new dist_cjs.PutImageTagMutabilityCommand({ repositoryName: name, ...mutability(want) })));
        }
        if (changed(r, 'lifecyclePolicy')) {
            const text = want.lifecyclePolicy;
            if (text)
                await call('PutLifecyclePolicy', () => ecr.send(new dist_cjs.PutLifecyclePolicyCommand({ repositoryName: name, lifecyclePolicyText: text })));
            else
                await call('DeleteLifecyclePolicy', () => ecr.send(new dist_cjs.DeleteLifecyclePolicyCommand({ repositoryName: name })));
        }
        if (changed(r, 'repositoryPolicy') && want.repositoryPolicy) {
            const text = want.repositoryPolicy;
            await call('SetRepositoryPolicy', () => ecr.send(new dist_cjs.SetRepositoryPolicyCommand({ repositoryName: name, policyText: text })));
        }
        if (r.action === 'replace')
            options.logger.warning(`${name}: ${r.note ?? 'needs replacement'}`);
        result.applied.push(r);
    };
    const registry = async (r) => {
        if (r.kind === 'registry-scanning') {
            // Repository removals ran first: only the filters of repositories actually deleted go.
            const kept = result.skipped.map((s) => s.resource.id);
            const merged = mergeScanning(actual.scanning, desired.scanning, options.prune ? retiredRepositories(plan.resources, kept) : []);
            await call('PutRegistryScanningConfiguration', () => ecr.send(new dist_cjs.PutRegistryScanningConfigurationCommand({
                scanType: merged.scanType,
                rules: merged.rules.map((rule) => ({
                    scanFrequency: rule.frequency,
                    repositoryFilters: rule.filters.map((filter) => ({ filter, filterType: 'WILDCARD' })),
                })),
            })));
        }
        else if (r.kind === 'pull-through-cache') {
            const rule = desired.pullThroughCacheRules.find((p) => p.prefix === r.id);
            if (!rule)
                throw new Error(`the plan lists pull-through cache rule ${r.id} that the desired state does not`);
            if (r.action === 'create') {
                await call('CreatePullThroughCacheRule', () => ecr.send(new dist_cjs.CreatePullThroughCacheRuleCommand({
                    ecrRepositoryPrefix: rule.prefix,
                    upstreamRegistry: rule.upstreamRegistry,
                    upstreamRegistryUrl: rule.upstreamRegistryUrl,
                    ...(rule.credentialArn ? { credentialArn: rule.credentialArn } : {}),
                })));
            }
            else {
                await call('UpdatePullThroughCacheRule', () => ecr.send(new dist_cjs.UpdatePullThroughCacheRuleCommand({
                    ecrRepositoryPrefix: rule.prefix,
                    credentialArn: rule.credentialArn,
                })));
            }
        }
        else if (r.kind === 'creation-template') {
            const t = desired.creationTemplates.find((c) => c.prefix === r.id);
            if (!t)
                throw new Error(`the plan lists creation template ${r.id} that the desired state does not`);
            const input = {
                prefix: t.prefix,
                description: t.description,
                appliedFor: t.appliedFor,
                resourceTags: tagList(t.tags),
                ...mutability(t),
                encryptionConfiguration: encryptionConfiguration(t),
                lifecyclePolicy: t.lifecyclePolicy,
                repositoryPolicy: t.repositoryPolicy,
                customRoleArn: t.customRoleArn,
            };
            if (r.action === 'create') {
                await call('CreateRepositoryCreationTemplate', () => ecr.send(new dist_cjs.CreateRepositoryCreationTemplateCommand(input)));
            }
            else {
                await call('UpdateRepositoryCreationTemplate', () => ecr.send(new dist_cjs.UpdateRepositoryCreationTemplateCommand(input)));
            }
        }
        else if (r.kind === 'registry-replication') {
            const rules = mergeReplication(actual.replication, desired.replication);
            await call('PutReplicationConfiguration', () => ecr.send(new dist_cjs.PutReplicationConfigurationCommand({
                replicationConfiguration: {
                    rules: rules.map((rule) => ({
                        destinations: rule.destinations,
                        repositoryFilters: rule.filters.map((filter) => ({ filter, filterType: 'PREFIX_MATCH' })),
                    })),
                },
            })));
        }
        result.applied.push(r);
    };
    const bucket = async (r) => {
        const want = desired.bucket;
        const s3 = clients.s3;
        if (!want || !s3)
            throw new Error('the plan lists a bucket but no bucket or S3 client is configured');
        const Bucket = want.name;
        const create = r.action === 'create';
        if (create) {
            const location = desired.region === 'us-east-1'
                ? {}
                : { CreateBucketConfiguration: { LocationConstraint: desired.region } };
            await call('CreateBucket', () => s3.send(new client_s3_dist_cjs.CreateBucketCommand({ Bucket, ...location })));
        }
        const has = (a) => create || r.changes.some((c) => c.attribute === a || c.attribute.startsWith(`${a}.`));
        if (has('publicAccessBlock')) {
            await call('PutPublicAccessBlock', () => s3.send(new client_s3_dist_cjs.PutPublicAccessBlockCommand({ Bucket, PublicAccessBlockConfiguration: PUBLIC_ACCESS_BLOCKED })));
        }
        if (has('versioning')) {
            await call('PutBucketVersioning', () => s3.send(new client_s3_dist_cjs.PutBucketVersioningCommand({ Bucket, VersioningConfiguration: { Status: 'Enabled' } })));
        }
        if (has('encryption')) {
            await call('PutBucketEncryption', () => s3.send(new client_s3_dist_cjs.PutBucketEncryptionCommand({
                Bucket,
                ServerSideEncryptionConfiguration: {
                    Rules: [
                        {
                            ApplyServerSideEncryptionByDefault: {
                                SSEAlgorithm: want.encryption.algorithm,
                                ...(want.encryption.kmsKey ? { KMSMasterKeyID: want.encryption.kmsKey } : {}),
                            },
                            BucketKeyEnabled: want.encryption.algorithm !== 'AES256',
                        },
                    ],
                },
            })));
        }
        if (has('tags')) {
            // PutBucketTagging replaces the whole set: keep the tags others put there.
            const tags = { ...(actual.bucket?.tags ?? {}), ...want.tags };
            await call('PutBucketTagging', () => s3.send(new client_s3_dist_cjs.PutBucketTaggingCommand({ Bucket, Tagging: { TagSet: tagList(tags) } })));
        }
        if (has('policy')) {
            const policy = mergeBucketPolicy(actual.bucket?.policy, want.statements, want.sidPrefix);
            await call('PutBucketPolicy', () => s3.send(new client_s3_dist_cjs.PutBucketPolicyCommand({ Bucket, Policy: policy })));
        }
        result.applied.push(r);
    };
    const iamPolicy = async (r) => {
        const iam = clients.iam;
        const want = desired.iamPolicies.find((p) => p.name === r.id);
        if (!iam || !want)
            throw new Error(`the plan lists IAM policy ${r.id} but no IAM client or document is configured`);
        if (r.action === 'create') {
            await call('CreatePolicy', () => iam.send(new client_iam_dist_cjs.CreatePolicyCommand({
                PolicyName: want.name,
                Path: '/artifacts/',
                PolicyDocument: want.document,
                Description: `Managed by artifacts for ${desired.system}`,
                Tags: tagList(desired.ownership.tags),
            })));
        }
        else {
            const versions = await call('ListPolicyVersions', () => iam.send(new client_iam_dist_cjs.ListPolicyVersionsCommand({ PolicyArn: want.arn })));
            const list = versions.Versions ?? [];
            // IAM keeps at most five versions: the oldest non-default one makes room.
            if (list.length >= 5) {
                const oldest = list
                    .filter((v) => !v.IsDefaultVersion)
                    .sort((a, b) => (a.CreateDate?.getTime() ?? 0) - (b.CreateDate?.getTime() ?? 0))[0];
                if (oldest?.VersionId) {
                    const VersionId = oldest.VersionId;
                    await call('DeletePolicyVersion', () => iam.send(new client_iam_dist_cjs.DeletePolicyVersionCommand({ PolicyArn: want.arn, VersionId })));
                }
            }
            await call('CreatePolicyVersion', () => iam.send(new client_iam_dist_cjs.CreatePolicyVersionCommand({ PolicyArn: want.arn, PolicyDocument: want.document, SetAsDefault: true })));
        }
        result.applied.push(r);
    };
    // Pruned repositories first (the scanning filters of those that still hold images must stay), then registry-wide
    // settings (a CREATE_ON_PUSH template should exist before repositories appear), then the rest.
    const repositories = todo.filter((t) => t.kind === 'repository');
    await Promise.all(repositories.filter((r) => r.action === 'remove').map((r) => limit(() => repository(r))));
    for (const r of todo.filter((t) => t.kind !== 'repository' && t.kind !== 'bucket' && t.kind !== 'iam-policy'))
        await registry(r);
    await Promise.all(repositories.filter((r) => r.action !== 'remove').map((r) => limit(() => repository(r))));
    for (const r of todo.filter((t) => t.kind === 'bucket'))
        await bucket(r);
    for (const r of todo.filter((t) => t.kind === 'iam-policy'))
        await iamPolicy(r);
    return result;
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-sts/dist-cjs/index.js
var client_sts_dist_cjs = __webpack_require__(71695);
;// CONCATENATED MODULE: ./shared/src/provision/kms-keys.ts


/** A KMS key named by an alias (`alias/name` or an alias ARN), which ECR reports back as the key's ARN. */
function isKmsAlias(key) {
    return key.startsWith('alias/') || /^arn:aws[\w-]*:kms:[^:]*:\d{12}:alias\//.test(key);
}
/**
 * Resolves the policy's KMS aliases to key ARNs (kms:DescribeKey), so that a repository ECR created with the alias
 * is not reported as drift. A key that does not exist is a configuration error; without permission to describe it
 * the plan compares by name and says what to grant.
 */
async function resolveKmsAliases(desired, kmsClient, call, logger) {
    const encryptions = [
        ...desired.repositories.map((r) => r.encryption),
        ...desired.creationTemplates.map((t) => t.encryption),
    ];
    const aliases = [...new Set(encryptions.flatMap((e) => (e.kmsKey && isKmsAlias(e.kmsKey) ? [e.kmsKey] : [])))];
    if (aliases.length === 0)
        return;
    const resolved = new Map();
    const kms = kmsClient();
    // Loaded only when the policy names an alias: most runs never need the KMS client.
    const { DescribeKeyCommand } = await __webpack_require__.e(/* import() */ 632).then(__webpack_require__.t.bind(__webpack_require__, 92632, 19));
    for (const alias of aliases) {
        if (!kms) {
            logger.warning(`registry.encryption.kmsKey ${alias}: no KMS client to resolve the alias; repositories created with it will show as drift.`);
            continue;
        }
        try {
            const out = await call('DescribeKey', () => kms.send(new DescribeKeyCommand({ KeyId: alias })));
            const arn = out.KeyMetadata?.Arn;
            if (arn)
                resolved.set(alias, arn);
        }
        catch (err) {
            const name = (0,aws_calls/* errorName */.Is)(err);
            if (name === 'NotFoundException') {
                throw new errors/* ConfigurationError */.j1(`registry.encryption.kmsKey: the KMS alias ${alias} does not exist in ${desired.accountId}/${desired.region}. Create it, or write the key's ARN.`);
            }
            if (name === 'AccessDeniedException') {
                logger.warning(`registry.encryption.kmsKey ${alias}: kms:DescribeKey was denied, so the alias cannot be matched to the key ARN ECR reports and repositories show as drift. Grant kms:DescribeKey on the key, or write the key's ARN in the policy.`);
                continue;
            }
            throw err;
        }
    }
    for (const e of encryptions) {
        const arn = e.kmsKey && resolved.get(e.kmsKey);
        if (arn)
            e.kmsKeyArn = arn;
    }
}

;// CONCATENATED MODULE: ./shared/src/provision/provision.ts






/** The account of the registry: the policy's `iam.accountId`, else STS GetCallerIdentity. */
async function resolveAccountId(policy, sts, call) {
    if (policy.iam.accountId)
        return policy.iam.accountId;
    if (!sts)
        throw new Error('no STS client to find the account id, and the policy sets no iam.accountId');
    const identity = await call('GetCallerIdentity', () => sts.send(new client_sts_dist_cjs.GetCallerIdentityCommand({})));
    if (!identity.Account)
        throw new Error('STS GetCallerIdentity returned no account');
    return identity.Account;
}
function readScope(desired, concurrency) {
    return {
        repositories: desired.repositories.map((r) => r.name),
        bucket: desired.bucket?.name,
        iamPolicies: desired.createIamPolicies ? desired.iamPolicies : [],
        findRemovals: true,
        concurrency,
    };
}
/** What the confirmation after apply still finds that apply should have changed. */
function unexpectedDrift(after, prune) {
    return after.resources.filter((r) => r.action !== 'unchanged' && !isLeftAlone(r, prune));
}
async function provision(policy, clients, options) {
    const effective = withServices(policy, options.services);
    const accountId = await resolveAccountId(effective, clients.sts, options.call);
    const desired = desiredState(effective, { accountId, region: options.region });
    await resolveKmsAliases(desired, () => clients.kms, options.call, options.logger);
    const scope = readScope(desired, options.concurrency);
    const actual = await readActualState(clients, scope, options.call);
    const plan = computePlan(desired, actual, { prune: options.prune });
    if (options.mode === 'plan')
        return { desired, plan };
    const pending = plan.resources.filter((r) => r.action !== 'unchanged' && !isLeftAlone(r, options.prune));
    if (pending.length === 0)
        return { desired, plan, applied: { applied: [], skipped: [] }, after: plan };
    const applied = await applyPlan(plan, desired, actual, clients, options.call, {
        prune: options.prune,
        concurrency: options.concurrency,
        logger: options.logger,
    });
    const kept = applied.skipped.map((s) => s.resource.id);
    const after = computePlan(desired, await readActualState(clients, scope, options.call), {
        prune: options.prune,
        kept,
    });
    const drift = unexpectedDrift(after, options.prune).filter((r) => !kept.includes(r.id));
    if (drift.length > 0) {
        const list = drift
            .map((r) => `${r.kind} ${r.id}: ${r.changes.map((c) => c.attribute).join(', ') || r.action}`)
            .join('; ');
        throw new Error(`after apply, AWS still differs from the policy: ${list}. Another writer may have changed it meanwhile; run again.`);
    }
    return { desired, plan, applied, after };
}

// EXTERNAL MODULE: ./shared/src/runtime/summary.ts
var summary = __webpack_require__(30868);
;// CONCATENATED MODULE: ./shared/src/provision/render.ts

/** The plan as people read it (job summary) and as programs read it (the `plan` output). */
const SYMBOL = {
    create: '+ create',
    update: '~ update',
    unchanged: '= unchanged',
    replace: '! needs replacement',
    remove: '- remove',
};
function show(value) {
    if (value === undefined)
        return '(none)';
    return typeof value === 'string' ? value : JSON.stringify(value, null, 2);
}
function attributeDiff(changes) {
    return changes
        .map((c) => {
        const mark = c.replacement ? ' (forces replacement)' : '';
        const before = show(c.before)
            .split('\n')
            .map((l) => `- ${l}`)
            .join('\n');
        const after = show(c.after)
            .split('\n')
            .map((l) => `+ ${l}`)
            .join('\n');
        return `# ${c.attribute}${mark}\n${c.before === undefined ? '' : `${before}\n`}${after}`;
    })
        .join('\n');
}
function planSummary(plan, options) {
    const s = new summary/* SummaryBuilder */.CF();
    const title = options.mode === 'plan' ? 'provision-repo plan' : 'provision-repo apply';
    s.heading(`${title}: ${plan.system} (${plan.accountId}, ${plan.region})`);
    const counts = new Map();
    for (const r of plan.resources)
        counts.set(r.action, (counts.get(r.action) ?? 0) + 1);
    s.paragraph(plan.changes === 0
        ? 'AWS matches the policy: no changes.'
        : `${plan.changes} change${plan.changes === 1 ? '' : 's'}: ${[...counts.entries()]
            .filter(([a]) => a !== 'unchanged')
            .map(([a, n]) => `${n} ${a}`)
            .join(', ')}${options.mode === 'plan' ? ' (nothing was changed: this is a plan)' : ''}.`);
    s.table(['resource', 'kind', 'action', 'attributes'], plan.resources.map((r) => [r.id, r.kind, SYMBOL[r.action], r.changes.map((c) => c.attribute).join(', ')]));
    for (const r of plan.resources.filter((x) => x.action !== 'unchanged')) {
        const body = (r.note ? `${r.note}\n\n` : '') + (r.changes.length ? '```diff\n' + attributeDiff(r.changes) + '\n```' : '');
        s.details(`${SYMBOL[r.action]} ${r.kind} ${r.id}`, body);
    }
    if (options.applied?.skipped.length) {
        s.heading('Not done', 3).list(options.applied.skipped.map((x) => `${x.resource.kind} ${x.resource.id}: ${x.reason}`));
    }
    if (options.iamFiles?.length) {
        s.heading('IAM policy documents', 3).list(options.iamFiles.map((f) => `\`${f}\``));
    }
    return s.toString();
}
/** The IAM documents as a summary section, each in a collapsed block. */
function iamSummary(desired) {
    const s = new summary/* SummaryBuilder */.CF();
    for (const p of desired.iamPolicies) {
        s.details(`${p.name}${desired.createIamPolicies ? '' : ' (written as a file, not created)'}`, '```json\n' + JSON.stringify(JSON.parse(p.document), null, 2) + '\n```');
    }
    return s.toString();
}
/** The `plan` output: every resource with its action and changed attributes. */
function planJson(plan) {
    return JSON.stringify(plan);
}

// EXTERNAL MODULE: ./shared/src/runtime/retry.ts
var retry = __webpack_require__(24290);
;// CONCATENATED MODULE: ./shared/src/provision/github-repositories.ts



function nextLink(header) {
    return header
        ?.split(',')
        .map((part) => /<([^>]+)>;\s*rel="next"/.exec(part)?.[1])
        .find(Boolean);
}
class RetryableHttpError extends Error {
}
/** A GitHub repository name as a service name: lowercase; names that cannot be one are skipped with a warning. */
function serviceNameOf(repository) {
    const name = repository.toLowerCase();
    return /^[a-z0-9]+(?:[._-][a-z0-9]+)*$/.test(name) && name.length <= 64 ? name : undefined;
}
async function listOrgRepositories(options) {
    const { logger } = options;
    logger.setSecret(options.token);
    const doFetch = options.fetch ?? fetch;
    const base = (options.apiUrl ?? 'https://api.github.com').replace(/\/+$/, '');
    let url = `${base}/orgs/${encodeURIComponent(options.org)}/repos?per_page=100&type=all`;
    const names = [];
    while (url) {
        const current = url;
        const response = await (0,retry/* withRetry */.bD)(async () => {
            const r = await doFetch(current, {
                headers: {
                    Authorization: `Bearer ${options.token}`,
                    Accept: 'application/vnd.github+json',
                    'X-GitHub-Api-Version': '2022-11-28',
                },
            });
            const limited = r.status === 403 && r.headers.get('x-ratelimit-remaining') === '0';
            if (r.status >= 500 || r.status === 429 || limited)
                throw new RetryableHttpError(`GitHub answered ${r.status}`);
            return r;
        }, {
            attempts: 4,
            baseDelayMs: 1000,
            maxDelayMs: 30000,
            retryable: (err) => err instanceof RetryableHttpError || err.code === 'ECONNRESET',
            sleep: options.sleep,
        });
        if (response.status === 401 || response.status === 403 || response.status === 404) {
            throw new errors/* ConfigurationError */.j1(`GitHub refused to list the repositories of ${options.org} (${response.status}); the github-token needs read access to the organisation's repositories (metadata: read)`);
        }
        if (!response.ok)
            throw new Error(`GitHub answered ${response.status} listing ${options.org}'s repositories`);
        const page = (await response.json());
        for (const repo of page) {
            if (repo.archived)
                continue;
            if ((0,src_policy.matchesWildcard)(repo.name, options.pattern))
                names.push(repo.name);
        }
        url = nextLink(response.headers.get('link'));
    }
    const services = [];
    for (const name of names) {
        const service = serviceNameOf(name);
        if (service)
            services.push(service);
        else
            logger.warning(`repository ${name} cannot be a service name (lowercase letters, digits, . _ -); skipped`);
    }
    return [...new Set(services)].sort();
}

;// CONCATENATED MODULE: ./shared/src/provision/index.ts















/***/ }),

/***/ 24290:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

"use strict";
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bD: () => (/* binding */ withRetry),
/* harmony export */   mu: () => (/* binding */ parseRetryAfter)
/* harmony export */ });
/* unused harmony exports defaultSleep, backoffDelay */
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

"use strict";
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