/**
 * Run by bounded-memory.test.ts in a process of its own: pushes the blob files named in PUSH_BLOBS (JSON) to the
 * registry at PUSH_REGISTRY, and prints how far its resident memory rose above what it was before the push.
 */
import { RegistryClient } from '../../../shared/src/oci/registry';
import { MemoryLogger } from '../../utils/loggers';

interface Job {
  registry: string;
  concurrency: number;
  blobs: { file: string; digest: string; size: number }[];
}

async function main(): Promise<void> {
  const job = JSON.parse(process.env.PUSH_JOB ?? '{}') as Job;
  const client = new RegistryClient({
    baseUrl: job.registry,
    logger: new MemoryLogger(),
    concurrency: job.concurrency,
  });
  global.gc?.();
  const before = process.memoryUsage.rss();
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 2);
  try {
    await Promise.all(job.blobs.map((b) => client.pushBlob('big/layer', b, { file: b.file })));
  } finally {
    clearInterval(sampler);
  }
  peak = Math.max(peak, process.memoryUsage.rss());
  process.stdout.write(JSON.stringify({ growthMiB: (peak - before) / 1024 / 1024, stats: client.stats }));
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
