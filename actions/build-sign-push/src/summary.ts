import { formatBytes, formatDuration, SummaryBuilder } from '../../../shared/src/runtime/summary';
import { cacheSentence, type PublishResult } from './publish';

/** The job summary of a push: where the image went, its tags, what was uploaded, and how to pull it. */
export function renderPushSummary(result: PublishResult): string {
  const blobs = result.push.blobs;
  const sent = blobs.filter((b) => b.result === 'uploaded' || b.result === 'would-upload');
  const mounted = blobs.filter((b) => b.result === 'mounted');
  const skipped = blobs.filter((b) => b.result === 'exists' || b.result === 'present');
  const bytes = (list: typeof blobs) => formatBytes(list.reduce((n, b) => n + b.size, 0));
  const tagState = (action: string) =>
    result.dryRun && action !== 'unchanged' ? `would be ${action === 'moved' ? 'moved' : 'written'}` : action;
  const s = new SummaryBuilder().heading(`${result.dryRun ? 'Dry run: ' : ''}image ${result.repositoryUri}`);
  s.table(
    ['', ''],
    [
      ['Repository', `\`${result.repositoryUri}\``],
      ['Digest', `\`${result.digest}\``],
      ['Source', result.source],
      ...(result.reused
        ? [
            [
              'Build',
              `none: adopted, every immutable tag already pointed at this image of an earlier run (${result.reused.verdicts
                .map((v) => `${v.name} ${v.verdict.status}`)
                .join(', ')}); what was missing is added below`,
            ],
          ]
        : []),
      ...(result.cache ? [['Build cache', `${result.cache.type}: ${cacheSentence(result.cache)}`]] : []),
      ['Platforms', result.platforms.join(', ') || 'unknown'],
      [result.dryRun ? 'Blobs to upload' : 'Blobs uploaded', `${sent.length} (${bytes(sent)})`],
      ['Blobs already there', `${skipped.length} (${bytes(skipped)})`],
      ...(mounted.length ? [['Blobs mounted from sibling repositories', `${mounted.length} (${bytes(mounted)})`]] : []),
      ['Time', formatDuration(result.elapsedMs)],
    ],
  );
  s.table(
    ['Tag', 'Kind', 'Mutable', 'State'],
    result.tags.map((t) => [`\`${t.tag}\``, t.kind, t.mutable ? 'yes' : 'no', tagState(t.action)]),
  );
  s.code(`docker pull ${result.imageUri}`, 'sh');
  return s.toString();
}
