import { ConfigurationError } from '../runtime/errors';

/**
 * A version of several files is claimed before any of them is written: one small object, created with
 * `If-None-Match: *` (or replaced with `If-Match`), lists the key and sha256 of every file the claiming run
 * writes. A run whose files differ from a live claim is refused before it writes anything, so two runs
 * racing to publish one version with different files cannot leave the loser's files behind. A claim with
 * the same files lets a re-run (or an identical concurrent run) through; a claim older than CLAIM_TTL_MS
 * is taken to be a run that stopped half-way, and is taken over.
 */

/**
 * How long a claim keeps other files out of its version. Longer than any publish; short enough to re-run after a
 * crash. A later attempt of the same job of the same workflow run takes a claim over at once: GitHub runs the
 * attempts of a job one after the other, so the earlier one has stopped.
 */
export const CLAIM_TTL_MS = 30 * 60 * 1000;

export interface ClaimEntry {
  sha256: string;
  claimedAt: string;
  /** The run that claimed it, for people: `owner/repo run 123 attempt 2 job publish`. */
  owner?: string;
  /** The job of the workflow run that claimed it (`owner/repo/123/publish`) and the attempt, when known. */
  job?: string;
  attempt?: number;
}

export interface ClaimDocument {
  type: string;
  name: string;
  version: string;
  /** Full key -> the file claimed there. */
  files: Record<string, ClaimEntry>;
}

/** Parses a stored claim; an unreadable one claims nothing (it is replaced, under If-Match). */
export function parseClaim(body: Buffer): ClaimDocument | undefined {
  try {
    const doc = JSON.parse(body.toString('utf8')) as Partial<ClaimDocument>;
    if (!doc || typeof doc.files !== 'object' || doc.files === null) return undefined;
    return doc as ClaimDocument;
  } catch {
    return undefined;
  }
}

export function renderClaim(doc: ClaimDocument): Buffer {
  return Buffer.from(JSON.stringify(doc, null, 2) + '\n');
}

/** The entry still holds its file: claimed less than CLAIM_TTL_MS ago, by other than an earlier attempt of our job. */
function live(entry: ClaimEntry, now: Date, ours?: ClaimEntry): boolean {
  const at = Date.parse(entry.claimedAt);
  const earlierAttempt =
    ours?.job !== undefined && entry.job === ours.job && (entry.attempt ?? 0) < (ours.attempt ?? 0);
  return Number.isFinite(at) && now.getTime() - at < CLAIM_TTL_MS && !earlierAttempt;
}

function refusal(
  ours: ClaimDocument,
  held: [string, ClaimEntry][],
  unclaimed: string[],
  options: { claimKey: string; advice?: string },
  /** The live entries that hold the version (their runs and times are named). */
  holders: ClaimEntry[] = held.map(([, e]) => e),
): ConfigurationError {
  const lines = [
    ...held.map(([key, e]) => {
      const mine = ours.files[key]?.sha256;
      return `  ${key}: claimed with sha256 ${e.sha256}, ${mine ? `this file ${mine}` : 'not a file of this run'}`;
    }),
    ...unclaimed.map((key) => `  ${key}: this run's file, not one of the claimed files`),
  ];
  const owners = [...new Set(holders.map((e) => e.owner).filter(Boolean))];
  const newest = Math.max(...holders.map((e) => Date.parse(e.claimedAt)));
  return new ConfigurationError(
    `${ours.type} ${ours.name} ${ours.version} is being published by another run${owners.length ? ` (${owners.join(', ')})` : ''} ` +
      `with different files:\n${lines.join('\n')}\n` +
      `${options.advice ?? 'Versions are immutable: publish a new version'} (nothing of ${ours.version} was written by this run). ` +
      `If that run stopped before finishing, its claim ${options.claimKey} lapses at ${new Date(newest + CLAIM_TTL_MS).toISOString()}; ` +
      're-run after that to publish these files.',
  );
}

/**
 * The claim to write for `ours`, given the stored one; undefined when the stored claim already covers this run.
 * `additive` (Python: wheels of one release come from several jobs) lets runs claim further files of a version;
 * otherwise the version's file set is claimed whole. Throws a ConfigurationError when a live claim differs.
 */
export function nextClaim(
  current: ClaimDocument | undefined,
  ours: ClaimDocument,
  options: { now: Date; additive: boolean; claimKey: string; advice?: string },
): ClaimDocument | undefined {
  if (!current) return ours;
  const { now, additive } = options;
  const stored = Object.entries(current.files);
  const me = Object.values(ours.files)[0];
  const same = ([key, e]: [string, ClaimEntry]) => ours.files[key]?.sha256 === e.sha256;
  if (!additive) {
    const unclaimed = Object.keys(ours.files).filter((key) => !(key in current.files));
    if (stored.length > 0 && stored.every(same) && unclaimed.length === 0) return undefined;
    // The whole file set is claimed: any live entry holds the version, the files that differ are named.
    const liveEntries = stored.filter(([, e]) => live(e, now, me));
    if (liveEntries.length === 0) return ours;
    const differing = liveEntries.filter((entry) => !same(entry));
    throw refusal(
      ours,
      differing,
      unclaimed,
      options,
      liveEntries.map(([, e]) => e),
    );
  }
  const held = stored.filter((entry) => entry[0] in ours.files && live(entry[1], now, me) && !same(entry));
  if (held.length > 0) throw refusal(ours, held, [], options);
  const changed = Object.keys(ours.files).filter((key) => current.files[key]?.sha256 !== ours.files[key].sha256);
  if (changed.length === 0) return undefined;
  return { ...current, files: { ...current.files, ...Object.fromEntries(changed.map((k) => [k, ours.files[k]])) } };
}

/** Who claims, from the runner's environment (undefined off a runner): recorded in each entry of a claim. */
export function claimOwner(env: NodeJS.ProcessEnv): Pick<ClaimEntry, 'owner' | 'job' | 'attempt'> | undefined {
  if (!env.GITHUB_RUN_ID) return undefined;
  const repository = env.GITHUB_REPOSITORY ?? 'a repository';
  const attempt = Number(env.GITHUB_RUN_ATTEMPT ?? '1') || 1;
  const job = env.GITHUB_JOB ?? '';
  return {
    owner: `${repository} run ${env.GITHUB_RUN_ID} attempt ${attempt}${job ? ` job ${job}` : ''}`,
    job: `${repository}/${env.GITHUB_RUN_ID}/${job}`,
    attempt,
  };
}
