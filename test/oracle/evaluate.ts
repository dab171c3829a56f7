/**
 * The authorization oracle: decides one AWS request against an identity policy and an optional resource policy,
 * as IAM would, with `@cloud-copilot/iam-simulate` (a test-only dependency, never bundled).
 */
import {
  anonymousPrincipal,
  getDenialReasons,
  getGrantReasons,
  runSimulation,
  type RequestAnalysis,
  type RunSimulationResults,
} from '@cloud-copilot/iam-simulate';

export type ContextValue = string | string[];

/** One request as IAM sees it. */
export interface OracleRequest {
  /** The calling role's ARN, or `anonymous` for an unsigned request. */
  principal: string;
  /** The role's (or session's) tags: become `aws:PrincipalTag/<key>`. */
  principalTags: Record<string, string>;
  /** The IAM action, `ecr:PutImage`. */
  action: string;
  /** The resource ARN, `*` for an action with no resource. */
  resource: string;
  /** Request context keys: `s3:if-none-match`, `s3:prefix`, `ecr:ResourceTag/Project`, `aws:SecureTransport`, ... */
  context?: Record<string, ContextValue>;
}

/** The documents that decide: what the principal's role carries and what the resource carries. */
export interface OracleDocuments {
  identity: object[];
  /** The resource's account, where its ARN names none (S3); the principal's account otherwise. */
  accountId?: string;
  resource?: object;
}

export interface Decision {
  allowed: boolean;
  /** `Allowed`, `ExplicitlyDenied`, `ImplicitlyDenied`, or `Invalid` when the simulator rejected the input. */
  result: string;
  /** Which statements decided, or why the input was rejected. */
  explanation: string;
  /** The Sids of the statements that denied it explicitly. */
  deniedBy: string[];
  /** Context keys the simulator dropped because they do not apply to the action: a catalogue mistake when not empty. */
  ignoredContextKeys: string[];
}

const accountOf = (arn: string): string | undefined => /^arn:[^:]+:[^:]*:[^:]*:(\d{12}):/.exec(arn)?.[1];

/** The context IAM would build: principal tags, TLS (the SDKs always use it) and the request's own keys. */
export function requestContext(request: OracleRequest): Record<string, ContextValue> {
  const tags = Object.entries(request.principalTags).map(([k, v]) => [`aws:PrincipalTag/${k}`, v] as const);
  return {
    'aws:SecureTransport': 'true',
    ...(request.principal === 'anonymous' ? {} : { 'aws:PrincipalArn': request.principal }),
    ...Object.fromEntries(tags),
    ...request.context,
  };
}

function explain(analysis: RequestAnalysis): string {
  if (analysis.result === 'Allowed') {
    return getGrantReasons(analysis)
      .map((g) => `allowed by ${g.policyType} statement ${g.statementId ?? `#${g.statementIndex}`}`)
      .join('; ');
  }
  const reasons = getDenialReasons(analysis).map((d) =>
    d.denialType === 'Explicit'
      ? `denied by ${d.policyType} statement ${d.statementId ?? `#${d.statementIndex}`}`
      : `no ${d.policyType} statement allows it`,
  );
  return reasons.join('; ') || analysis.result;
}

function toDecision(out: RunSimulationResults): Decision {
  if (out.resultType === 'error') {
    const explanation = `${out.errors.message}: ${JSON.stringify(out.errors)}`;
    return { allowed: false, result: 'Invalid', explanation, deniedBy: [], ignoredContextKeys: [] };
  }
  const results = out.resultType === 'single' ? [out.result] : out.results;
  return {
    allowed: out.overallResult === 'Allowed',
    result: out.overallResult,
    explanation: results.map((r) => explain(r.analysis)).join(' | '),
    deniedBy: results.flatMap((r) =>
      getDenialReasons(r.analysis).flatMap((d) =>
        d.denialType === 'Explicit' && d.statementId ? [d.statementId] : [],
      ),
    ),
    ignoredContextKeys: [...new Set(results.flatMap((r) => r.ignoredContextKeys ?? []))],
  };
}

/** Allow or deny for one request, with the statements that decided. */
export async function decide(request: OracleRequest, documents: OracleDocuments): Promise<Decision> {
  const anonymous = request.principal === 'anonymous';
  const principalAccount = anonymous ? accountOf(request.resource) : accountOf(request.principal);
  if (!principalAccount && !anonymous)
    throw new Error(`oracle: the principal '${request.principal}' is not an IAM ARN`);
  const out = await runSimulation(
    {
      request: {
        principal: anonymous ? anonymousPrincipal : request.principal,
        action: request.action,
        // An S3 ARN names no account: the bucket is taken to be in the principal's account.
        resource: {
          resource: request.resource,
          accountId: accountOf(request.resource) ?? documents.accountId ?? principalAccount ?? '',
        },
        contextVariables: requestContext(request),
      },
      identityPolicies: documents.identity.map((policy, i) => ({ name: `identity-${i}`, policy })),
      serviceControlPolicies: [],
      resourceControlPolicies: [],
      resourcePolicy: documents.resource,
    },
    { simulationMode: 'Strict' },
  );
  return toDecision(out);
}
