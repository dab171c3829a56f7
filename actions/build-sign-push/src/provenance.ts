import type { ReferrerRegistry } from '../../../shared/src/oci/referrers';
import { MANIFEST_ACCEPT } from '../../../shared/src/oci/types';
import type { Policy } from '../../../shared/src/policy';
import { attestProvenance, type AttestProvenanceResult } from '../../../shared/src/provenance/attest';
import {
  type AdoptedImage,
  buildProvenanceStatement,
  provenanceRunFromEnv,
  recordedInputs,
  SLSA_PROVENANCE_V1,
  type ResourceDescriptor,
} from '../../../shared/src/provenance/statement';
import { ConfigurationError } from '../../../shared/src/runtime/errors';
import type { Inputs } from '../../../shared/src/runtime/inputs';
import type { Logger } from '../../../shared/src/runtime/logger';
import type { PreparedSigning } from '../../../shared/src/signing/sign-step';
import { KeylessSigner, tokenClaims, type Signer } from '../../../shared/src/signing/signers';
import { trustFromPolicy } from '../../../shared/src/signing/verify';
import type { ReusableImage } from './rerun';

/**
 * The inputs a provenance records. An allowlist: an input added later is not recorded until it is listed here, so a
 * new input that carries a secret can never reach the statement; anything named like a secret (secrets,
 * secret-files, a key, a token, a password) is dropped even when listed.
 */
export const PROVENANCE_INPUTS = [
  'service',
  'environment',
  'policy',
  'aws-region',
  'role-to-assume',
  'audience',
  'registry',
  'source',
  'context',
  'dockerfile',
  'build-args',
  'target',
  'platforms',
  'tags',
  'dry-run',
  'sign',
  'signing-profile',
  'signature-format',
  'attach',
  'cache',
  'labels',
  'annotations',
] as const;

/** Whether this run writes a provenance, and with which signer; decided before the push. */
export type ProvenancePlan = { signer: Signer; skipped?: undefined } | { signer?: undefined; skipped: string };

/**
 * Provenance is a DSSE statement, signed with the policy's signing key or identity. AWS Signer and ECR managed
 * signing cannot sign one: when the policy requires provenance that is a ConfigurationError before anything is
 * pushed; otherwise the run says why none is written.
 */
export function planProvenance(policy: Pick<Policy, 'provenance' | 'signing'>, prepared: PreparedSigning | undefined) {
  if (prepared?.signer) return { signer: prepared.signer } satisfies ProvenancePlan;
  const why = !prepared?.enabled
    ? 'the image is not signed (sign input or signing.method none), and provenance is signed with the signing key'
    : `signing method ${policy.signing.method} (${prepared.format}) cannot sign an in-toto statement (DSSE)`;
  if (policy.provenance.required) {
    throw new ConfigurationError(
      `The policy requires provenance (provenance.required), but ${why}. Sign with a KMS key, a PEM key or keyless (signing.method kms, key or keyless), or set signing.key beside the AWS Signer profile.`,
    );
  }
  return { skipped: `No provenance written: ${why}.` } satisfies ProvenancePlan;
}

export interface AttestAfterPushArgs {
  signer: Signer;
  client: ReferrerRegistry;
  repository: string;
  digest: string;
  /** registry/repository of the image (no tag). */
  reference: string;
  inputs: Inputs;
  env: NodeJS.ProcessEnv;
  source: string;
  builder?: string;
  dependencies: ResourceDescriptor[];
  /** Set when a re-run adopted the image instead of building it: the statement says so, and names no builder. */
  adopted?: AdoptedImage;
  startedOn: Date;
  rekorUrl?: string;
  trustedRoot?: unknown;
  logger: Logger;
}

/** The workflow that runs the job: the keyless certificate's (a reusable workflow's ref), else GITHUB_WORKFLOW_REF. */
async function jobWorkflowRef(signer: Signer): Promise<string | undefined> {
  if (!(signer instanceof KeylessSigner)) return undefined;
  const claim = tokenClaims(await signer.oidcToken()).job_workflow_ref;
  return typeof claim === 'string' ? claim : undefined;
}

/** Writes the SLSA provenance of the pushed image and attaches it, signed, as a referrer (nothing when present). */
export async function attestAfterPush(args: AttestAfterPushArgs): Promise<AttestProvenanceResult> {
  const stored = await args.client.getManifest(args.repository, args.digest, MANIFEST_ACCEPT);
  if (!stored) throw new Error(`The image ${args.reference}@${args.digest} was not found right after its push.`);
  const run = {
    ...provenanceRunFromEnv(args.env, await jobWorkflowRef(args.signer)),
    startedOn: args.startedOn.toISOString(),
  };
  const statement = buildProvenanceStatement(run, {
    name: args.reference,
    digest: args.digest,
    source: args.source,
    builder: args.adopted ? undefined : args.builder,
    dependencies: args.dependencies,
    adopted: args.adopted,
    inputs: recordedInputs(PROVENANCE_INPUTS, (name) => args.inputs.optional(name)),
  });
  return attestProvenance({
    subject: {
      client: args.client,
      repository: args.repository,
      descriptor: { mediaType: stored.mediaType, digest: args.digest, size: stored.bytes.length },
      dockerReference: args.reference,
    },
    signer: args.signer,
    statement,
    rekorUrl: args.rekorUrl,
    trustedRoot: args.trustedRoot,
    logger: args.logger,
  });
}

/** What main hands over after the push: the plan made before it, and the pushed image. */
export interface ProvenanceStepArgs extends Omit<
  AttestAfterPushArgs,
  'signer' | 'rekorUrl' | 'trustedRoot' | 'adopted'
> {
  plan: ProvenancePlan;
  policy: Pick<Policy, 'signing'>;
  /** The image a re-run adopted, with what its re-run check found (a provenance that verified is kept). */
  reused?: ReusableImage;
}

/** The provenance the re-run check verified on an adopted image: kept as it is, nothing attached. */
function verifiedOnAdoption(args: ProvenanceStepArgs): AttestProvenanceResult | undefined {
  const found = args.reused?.verdicts.find((v) => v.name === 'provenance')?.verdict;
  if (found?.status !== 'verified' || !found.digest) return undefined;
  const message = `${args.reference}@${args.digest} was adopted with its provenance ${found.digest} (${found.detail}); nothing added.`;
  args.logger.info(message);
  return { digest: found.digest, skipped: true, message };
}

/** What an adopted image's statement records of its adoption: the tags and each check's finding. */
function adoptionOf(reused: ReusableImage | undefined): AdoptedImage | undefined {
  if (!reused) return undefined;
  return { tags: reused.tags, checks: Object.fromEntries(reused.verdicts.map((v) => [v.name, v.verdict.status])) };
}

/**
 * Attests the pushed image as planned; the reason when the plan writes none. An adopted image keeps the provenance
 * its re-run check verified; without one it gets a statement that records the adoption (not a build in this run).
 */
export async function provenanceAfterPush(args: ProvenanceStepArgs): Promise<AttestProvenanceResult | string> {
  const { plan, policy } = args;
  if (!plan.signer) {
    args.logger.info(plan.skipped);
    return plan.skipped;
  }
  const kept = verifiedOnAdoption(args);
  if (kept) return kept;
  let trustedRoot: unknown;
  try {
    trustedRoot = trustFromPolicy(policy.signing, { env: args.env }).trustedRoot;
  } catch {
    // The policy's trust only helps find an existing provenance; attaching does not depend on it.
  }
  return attestAfterPush({
    ...args,
    adopted: adoptionOf(args.reused),
    signer: plan.signer,
    rekorUrl: policy.signing.rekorUrl,
    trustedRoot,
  });
}

/** The job summary's provenance section: what was attached, and how anyone checks it. */
export function renderProvenanceSummary(
  result: AttestProvenanceResult | string,
  imageRef: string,
  adopted = false,
): string {
  if (typeof result === 'string') return `\n### Provenance\n\n${result}\n`;
  const state = result.skipped
    ? `, already attached${adopted ? ' to the adopted image' : ''}; nothing added`
    : adopted
      ? ', attached to the adopted image (the statement records the adoption: this run built nothing)'
      : '';
  return [
    '',
    '### Provenance',
    '',
    `SLSA v1 provenance (\`${SLSA_PROVENANCE_V1}\`): \`${result.digest}\`${state}.`,
    '',
    'Verify it with:',
    '',
    '```sh',
    `cosign verify-attestation --type slsaprovenance1 --new-bundle-format <--key cosign.pub | --certificate-identity ...> ${imageRef}`,
    '```',
    '',
  ].join('\n');
}
