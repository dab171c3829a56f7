/**
 * Run in its own process by streaming.test.ts: plans every file of a folder as one zip version and publishes it
 * to the S3 endpoint of the environment. Prints the memory it holds (heap and buffers, after a full collection, so
 * what is alive rather than what awaits the collector) before planning and at most while planning and publishing, MiB.
 *
 *   node --expose-gc -r ./scripts/register.cjs test/integration/publish/publish-child.ts <dir> <bucket>
 */
import { S3Client } from '@aws-sdk/client-s3';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { AwsClients } from '../../../shared/src/aws/clients';
import { PackagePublisher } from '../../../shared/src/packages/store';
import { planZip } from '../../../shared/src/packages/zip';
import { silentLogger } from '../../utils/loggers';

/** Heap and buffers still referenced, after a full collection. */
function live(): number {
  (globalThis as { gc?: () => void }).gc!();
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  return (heapUsed + arrayBuffers) / 1024 / 1024;
}

async function main(dir: string, bucket: string): Promise<void> {
  const s3 = new AwsClients({ region: process.env.AWS_REGION ?? 'eu-central-1' }).client(S3Client);
  const files = readdirSync(dir)
    .sort()
    .map((f) => join(dir, f));
  const liveBeforeMiB = live();
  let peakLiveMiB = liveBeforeMiB;
  const sample = () => (peakLiveMiB = Math.max(peakLiveMiB, live()));
  const sampling = setInterval(sample, 50);
  const plan = await planZip(files, { storeUrl: 'https://store.example/rss', name: 'rss', version: '1.0.0' });
  sample();
  await new PackagePublisher({ s3, bucket, prefix: 'rss' }, { logger: silentLogger }).publish(plan);
  clearInterval(sampling);
  console.log(JSON.stringify({ liveBeforeMiB, peakLiveMiB }));
}

main(process.argv[2], process.argv[3]).catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
