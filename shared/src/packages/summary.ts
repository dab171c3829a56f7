import { SummaryBuilder, formatBytes } from '../runtime/summary';
import { publicUrl } from './paths';
import type { PublishResult } from './store';
import type { PublishPlan } from './types';

/** What a client needs to install what was published, ready to paste. */
export interface InstallSnippet {
  client: string;
  /** Code-fence language of the snippet. */
  lang: string;
  text: string;
}

// Side files: checksums, signatures, and the PEP 658 metadata served beside a wheel.
const CHECKSUM_FILE = /\.(md5|sha1|sha256|sha512|asc|whl\.metadata)$/;

/** The files a person downloads (checksum side files left out). */
export function primaryArtifacts(plan: PublishPlan): PublishPlan['artifacts'] {
  return plan.artifacts.filter((a) => !CHECKSUM_FILE.test(a.key));
}

export function artifactUrls(plan: PublishPlan, storeUrl: string): string[] {
  return primaryArtifacts(plan).map((a) => publicUrl(storeUrl, a.key));
}

export function indexUrl(plan: PublishPlan, storeUrl: string): string {
  return publicUrl(storeUrl, plan.indexKey);
}

/** `groupId:artifactId` (how the maven format names a package), else the name as the artifactId. */
function mavenCoordinates(name: string): { groupId: string; artifactId: string } {
  const [groupId, artifactId] = name.includes(':') ? name.split(':', 2) : ['', name];
  return { groupId, artifactId };
}

/** The repository and dependency a Maven or Gradle build declares. */
function mavenSnippets(name: string, version: string, index: string): InstallSnippet[] {
  const { groupId, artifactId } = mavenCoordinates(name);
  return [
    {
      client: 'Maven (pom.xml)',
      lang: 'xml',
      text: [
        '<repositories>',
        '  <repository>',
        '    <id>artifacts</id>',
        `    <url>${index.replace(/\/$/, '')}</url>`,
        '  </repository>',
        '</repositories>',
        '',
        '<dependency>',
        `  <groupId>${groupId}</groupId>`,
        `  <artifactId>${artifactId}</artifactId>`,
        `  <version>${version}</version>`,
        '</dependency>',
      ].join('\n'),
    },
    {
      client: 'Gradle (build.gradle.kts)',
      lang: 'kotlin',
      text: `repositories { maven { url = uri("${index.replace(/\/$/, '')}") } }\ndependencies { implementation("${groupId}:${artifactId}:${version}") }`,
    },
  ];
}

export function installSnippets(plan: PublishPlan, storeUrl: string): InstallSnippet[] {
  const index = indexUrl(plan, storeUrl);
  switch (plan.type) {
    case 'maven':
      return mavenSnippets(plan.name, plan.version, index);
    case 'npm': {
      const scope = plan.name.startsWith('@') ? plan.name.split('/')[0] : undefined;
      return [
        { client: 'npm', lang: 'sh', text: `npm install --registry ${index} ${plan.name}@${plan.version}` },
        {
          client: '.npmrc',
          lang: 'ini',
          // A scope can point at this registry while everything else still comes from the default one.
          text: scope ? `${scope}:registry=${index}` : `registry=${index}`,
        },
      ];
    }
    case 'python':
      return [
        { client: 'pip', lang: 'sh', text: `pip install --index-url ${index} ${plan.name}==${plan.version}` },
        {
          client: 'pip (dependencies from PyPI too)',
          lang: 'sh',
          text: `pip install --extra-index-url ${index} ${plan.name}==${plan.version}`,
        },
      ];
    case 'zip':
      return [
        {
          client: 'curl',
          lang: 'sh',
          text: primaryArtifacts(plan)
            .map((a) => {
              const url = publicUrl(storeUrl, a.key);
              return `curl -fsSLO ${url}\ncurl -fsSL ${url}.sha256 | sha256sum -c -`;
            })
            .join('\n'),
        },
      ];
    case 'helm':
      return [];
  }
}

/** The job summary: what was published (new or unchanged), where, and how to install it. */
export function publishSummary(plan: PublishPlan, storeUrl: string, result?: PublishResult): string {
  const s = new SummaryBuilder();
  const state = !result ? 'dry run: nothing written' : result.unchanged ? 'already published, unchanged' : 'published';
  s.heading(`${plan.type} ${plan.name} ${plan.version}: ${state}`, 2);
  const outcome = new Map(result?.artifacts.map((a) => [a.key, a.outcome]));
  s.table(
    ['file', 'size', 'sha256', 'state'],
    plan.artifacts.map((a) => [
      `[${a.key}](${publicUrl(storeUrl, a.key)})`,
      formatBytes(a.size),
      `\`${a.sha256.slice(0, 12)}…\``,
      result ? (outcome.get(a.key) === 'created' ? 'new' : 'unchanged') : 'would be written',
    ]),
  );
  const indexState = new Map(result?.indexes.map((i) => [i.key, i.outcome]));
  s.table(
    ['index', 'state'],
    plan.indexes.map((i) => [
      `[${i.key}](${publicUrl(storeUrl, i.key)})`,
      result ? (indexState.get(i.key) ?? 'unchanged') : 'would be merged',
    ]),
  );
  s.paragraph(`Point clients at **${indexUrl(plan, storeUrl)}**`);
  for (const snippet of installSnippets(plan, storeUrl)) {
    s.heading(snippet.client, 4);
    s.code(snippet.text, snippet.lang);
  }
  return s.toString();
}
