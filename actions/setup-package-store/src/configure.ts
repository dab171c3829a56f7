import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ConfigurationError } from '../../../shared/src/runtime/errors';
import type { Logger } from '../../../shared/src/runtime/logger';
import { proxySettings } from '../../../shared/src/runtime/proxy';
import type { clientUrls } from './paths';

/**
 * The clients' configuration for the endpoint: npm's user .npmrc for the policy's scopes, pip's index (the
 * PIP_INDEX_URL variable, and pip.conf when it has none), Maven's settings.xml with a repository and a mirror.
 * Existing files are merged, never replaced: only what this action wrote before is rewritten.
 */

export type ClientUrls = ReturnType<typeof clientUrls>;

/** The Maven repository id of a system's store, in settings.xml and in any pom that names the store. */
export const mavenRepositoryId = (system: string) => `artifacts-${system}`;

/** The .npmrc with each scope's registry set to the endpoint; other lines kept. */
export function mergeNpmrc(current: string, scopes: string[], npmUrl: string): string {
  const ours = new Set(scopes.map((s) => `${s}:registry`));
  const kept = current.split('\n').filter((line) => !ours.has(line.split('=')[0].trim()));
  while (kept.length && kept[kept.length - 1].trim() === '') kept.pop();
  return [...kept, ...scopes.map((s) => `${s}:registry=${npmUrl}`)].join('\n') + '\n';
}

const START = '<!-- setup-package-store -->';
const END = '<!-- /setup-package-store -->';

/** Puts a fragment first inside `<tag>`, creating the element before `</settings>` when the file has none. */
function insertInto(xml: string, tag: string, fragment: string): string {
  const marked = `${START}${fragment}${END}`;
  const empty = new RegExp(`<${tag}\\s*/>`);
  if (empty.test(xml)) return xml.replace(empty, `<${tag}>${marked}</${tag}>`);
  const open = new RegExp(`<${tag}(\\s[^>]*)?>`).exec(xml);
  if (open) return xml.slice(0, open.index + open[0].length) + marked + xml.slice(open.index + open[0].length);
  const close = xml.lastIndexOf('</settings>');
  return `${xml.slice(0, close)}  <${tag}>${marked}</${tag}>\n${xml.slice(close)}`;
}

function repository(element: string, id: string, url: string): string {
  const policy = '<checksumPolicy>fail</checksumPolicy>';
  return `<${element}><id>${id}</id><url>${url}</url><releases><enabled>true</enabled>${policy}</releases><snapshots><enabled>true</enabled>${policy}</snapshots></${element}>`;
}

/**
 * settings.xml with the store as an always-active profile's repository (plugins too, for build extensions) and a
 * mirror of that repository id, so that a pom naming the store by its public URL reads it through the endpoint.
 * An existing file keeps everything else; what an earlier run of this action added is replaced.
 */
export function mergeMavenSettings(
  current: string | undefined,
  system: string,
  mavenUrl: string,
  path: string,
): string {
  const id = mavenRepositoryId(system);
  let xml = (current ?? '<?xml version="1.0" encoding="UTF-8"?>\n<settings>\n</settings>\n').replace(
    new RegExp(`${START}[\\s\\S]*?${END}`, 'g'),
    '',
  );
  if (!/<settings(\s[^>]*)?>/.test(xml) || !xml.includes('</settings>')) {
    throw new ConfigurationError(
      `${path} has no <settings> element, so the store's repository cannot be merged into it: repair it (or remove it and re-run), or set 'configure: false' and use the output maven-repository-url.`,
    );
  }
  xml = insertInto(
    xml,
    'mirrors',
    `<mirror><id>${id}-endpoint</id><mirrorOf>${id}</mirrorOf><url>${mavenUrl}</url></mirror>`,
  );
  xml = insertInto(
    xml,
    'profiles',
    `<profile><id>${id}</id><repositories>${repository('repository', id, mavenUrl)}</repositories><pluginRepositories>${repository('pluginRepository', id, mavenUrl)}</pluginRepositories></profile>`,
  );
  return insertInto(xml, 'activeProfiles', `<activeProfile>${id}</activeProfile>`);
}

export interface ConfigureOptions {
  home: string;
  env: NodeJS.ProcessEnv;
  system: string;
  npmScopes: string[];
  urls: ClientUrls;
  logger: Logger;
  exportVariable(name: string, value: string): void;
}

function write(path: string, content: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
}

/**
 * Behind a proxy, npm and pip would send the endpoint's requests to it, and a proxy cannot reach this runner's
 * loopback: the later steps get 127.0.0.1 and localhost in no_proxy (both cases). Nothing without a proxy.
 */
export function loopbackBypass(env: NodeJS.ProcessEnv): Record<string, string> {
  if (!proxySettings(env)) return {};
  const current = (env.no_proxy || env.NO_PROXY || '').split(',').map((h) => h.trim());
  const value = [...new Set([...current.filter(Boolean), '127.0.0.1', 'localhost'])].join(',');
  return { no_proxy: value, NO_PROXY: value };
}

/** Writes the three clients' configuration; returns the files written. */
export function configureClients(options: ConfigureOptions): string[] {
  const { home, env, urls, logger } = options;
  const written: string[] = [];
  const npmrc = env.NPM_CONFIG_USERCONFIG || env.npm_config_userconfig || join(home, '.npmrc');
  if (options.npmScopes.length) {
    write(npmrc, mergeNpmrc(existsSync(npmrc) ? readFileSync(npmrc, 'utf8') : '', options.npmScopes, urls.npm));
    written.push(npmrc);
  } else {
    logger.warning(
      `The policy names no npm scopes (packages.npmScopes), so ${npmrc} was left as it was: add the scopes your packages use, or install with --registry ${urls.npm}.`,
    );
  }
  options.exportVariable('PIP_INDEX_URL', urls.pip);
  const bypass = loopbackBypass(env);
  for (const [name, value] of Object.entries(bypass)) options.exportVariable(name, value);
  if (bypass.no_proxy) logger.info('no_proxy and NO_PROXY include 127.0.0.1: npm and pip reach the endpoint directly.');
  const pipConf = join(env.XDG_CONFIG_HOME || join(home, '.config'), 'pip', 'pip.conf');
  if (!existsSync(pipConf) || readFileSync(pipConf, 'utf8').startsWith('# setup-package-store')) {
    write(pipConf, `# setup-package-store\n[global]\nindex-url = ${urls.pip}\n`);
    written.push(pipConf);
  } else logger.info(`${pipConf} exists and was left as it was; PIP_INDEX_URL overrides its index-url.`);
  const settings = join(home, '.m2', 'settings.xml');
  const current = existsSync(settings) ? readFileSync(settings, 'utf8') : undefined;
  write(settings, mergeMavenSettings(current, options.system, urls.maven, settings));
  written.push(settings);
  return written;
}

/** The three clients' configuration as text, for the job summary and the laptop command. */
export function describeConfiguration(urls: ClientUrls, system: string, npmScopes: string[]): string {
  const id = mavenRepositoryId(system);
  const npm = npmScopes.length
    ? npmScopes.map((s) => `${s}:registry=${urls.npm}`).join('\n')
    : `registry=${urls.npm}    # or per scope: @scope:registry=${urls.npm}`;
  return [
    `npm (~/.npmrc):\n${npm}`,
    `pip (~/.config/pip/pip.conf, or PIP_INDEX_URL):\n[global]\nindex-url = ${urls.pip}`,
    `Maven (~/.m2/settings.xml, in <profiles> with <activeProfiles><activeProfile>${id}</activeProfile></activeProfiles>):\n` +
      `<profile><id>${id}</id><repositories><repository><id>${id}</id><url>${urls.maven}</url></repository></repositories>` +
      `<pluginRepositories><pluginRepository><id>${id}</id><url>${urls.maven}</url></pluginRepository></pluginRepositories></profile>`,
  ].join('\n\n');
}
