import * as http from 'node:http';
import { ConfigurationError } from './errors';
import type { Logger } from './logger';
import { secretsOf, urlUserInfo, withoutUserInfo } from './url-credentials';

/**
 * Proxies, from the variables a self-hosted runner behind one sets: `https_proxy`, `http_proxy` and `no_proxy`, in
 * either case (lower case first, as curl and Node read them). Node's own proxy support carries the requests
 * (Node 24.14 and later): the AWS SDK's and the registry's connection pools get the settings as their `proxyEnv`, and
 * fetch (the OIDC token, Sigstore) gets them through `http.setGlobalProxyFromEnv`. The instance and container
 * metadata addresses, where the SDK may get credentials, always bypass the proxy.
 */

/**
 * IMDS (IPv4 and IPv6), the ECS and the EKS Pod Identity (IPv4 and IPv6) credential endpoints: on the runner's own
 * host or task, never proxied.
 */
export const METADATA_HOSTS = ['169.254.169.254', 'fd00:ec2::254', '169.254.170.2', '169.254.170.23', 'fd00:ec2::23'];

/** What Node's proxy support reads (the `proxyEnv` of an Agent). */
export interface ProxyEnv {
  HTTP_PROXY?: string;
  HTTPS_PROXY?: string;
  NO_PROXY: string;
}

export interface ProxySettings {
  env: ProxyEnv;
  /** Each proxy as it may be printed: scheme, host and port, without user or password. */
  shown: string[];
  /** The proxies' passwords (and whole URLs) for the runner to mask. */
  secrets: string[];
}

/** Node's http module, whose `setGlobalProxyFromEnv` (24.14 and later) tells whether it can use a proxy by itself. */
interface NodeHttp {
  setGlobalProxyFromEnv?: (env: ProxyEnv) => () => void;
}

const pick = (env: NodeJS.ProcessEnv, name: string) => env[name.toLowerCase()] || env[name] || undefined;

/** A proxy variable's URL: `host:port` alone means http://host:port, as curl reads it. */
function proxyUrl(name: string, value: string): URL {
  const text = /^[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(value) ? value : `http://${value}`;
  let url: URL | undefined;
  try {
    url = new URL(text);
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:') || !url.hostname) {
    throw new ConfigurationError(
      `${name} is '${withoutUserInfo(value)}', which is not a proxy URL: write it as http://proxy.example.com:3128 (or https://...), or unset it.`,
    );
  }
  return url;
}

/** The proxy settings of an environment, or undefined when it names no proxy. */
export function proxySettings(env: NodeJS.ProcessEnv): ProxySettings | undefined {
  const given = { HTTP_PROXY: pick(env, 'HTTP_PROXY'), HTTPS_PROXY: pick(env, 'HTTPS_PROXY') };
  if (!given.HTTP_PROXY && !given.HTTPS_PROXY) return undefined;
  const settings: ProxySettings = { env: { NO_PROXY: '' }, shown: [], secrets: [] };
  for (const name of ['HTTPS_PROXY', 'HTTP_PROXY'] as const) {
    const value = given[name]?.trim();
    if (!value) continue;
    const url = proxyUrl(name.toLowerCase(), value);
    const info = urlUserInfo(value);
    if (info) settings.secrets.push(value, ...secretsOf(info).filter((s) => s !== url.username));
    settings.env[name] = url.href;
    const shown = `${url.protocol}//${url.host}`;
    if (!settings.shown.includes(shown)) settings.shown.push(shown);
  }
  const bypass = (pick(env, 'NO_PROXY') ?? '')
    .split(',')
    .map((h) => h.trim())
    .filter(Boolean);
  settings.env.NO_PROXY = [...new Set([...bypass, ...METADATA_HOSTS])].join(',');
  return settings;
}

/** The options that make an http or https Agent of the actions use the environment's proxy, if any. */
export function proxyAgentOptions(env: NodeJS.ProcessEnv = process.env): { proxyEnv?: ProxyEnv } {
  const settings = (http as NodeHttp).setGlobalProxyFromEnv ? proxySettings(env) : undefined;
  return settings ? { proxyEnv: settings.env } : {};
}

/**
 * Once, before any request: masks the proxies' credentials, and sends fetch's requests through the proxy too (the
 * actions' own connection pools read `proxyAgentOptions`). On a Node without proxy support, says so: its requests
 * go directly to their endpoints. `node`: Node's http module, or a stand-in in tests.
 */
export function useProxyFromEnvironment(env: NodeJS.ProcessEnv, logger: Logger, node = http as NodeHttp): void {
  const settings = proxySettings(env);
  if (!settings) return;
  for (const secret of settings.secrets) logger.setSecret(secret);
  if (!node.setGlobalProxyFromEnv) {
    logger.warning(
      `https_proxy or http_proxy is set, but Node ${process.version} cannot send requests through a proxy (Node 24.14 and later can): this run's requests go directly to their endpoints.`,
    );
    return;
  }
  node.setGlobalProxyFromEnv(settings.env);
  logger.info(`Requests go through the proxy ${settings.shown.join(' and ')}, except to ${settings.env.NO_PROXY}.`);
}

/** How a proxy failed to open a tunnel (Node's ERR_PROXY_TUNNEL): its answer, such as `407 Proxy Authentication
 * Required`, or none when it did not answer in time. */
export interface ProxyTunnelFailure {
  status?: number;
  answer?: string;
}

/** The proxy tunnel failure in an error or its causes, if that is what it is. */
export function proxyTunnelFailure(err: unknown): ProxyTunnelFailure | undefined {
  for (let e: unknown = err, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    if ((e as { code?: string }).code !== 'ERR_PROXY_TUNNEL') continue;
    const answer = /HTTP\/\d(?:\.\d)? ((\d{3})[^\r\n]*)/.exec(e instanceof Error ? e.message : '');
    return answer ? { status: Number(answer[2]), answer: answer[1].trim() } : {};
  }
  return undefined;
}

/**
 * A proxy's refusal that another attempt cannot change, as the user's to fix: 407 (its credentials) or 403 (its
 * rules). `target`: the endpoint the tunnel was for.
 */
export function proxyRefusal(err: unknown, target: string): ConfigurationError | undefined {
  const failure = proxyTunnelFailure(err);
  if (failure?.status !== 407 && failure?.status !== 403) return undefined;
  const fix =
    failure.status === 407
      ? 'give its user and password in https_proxy and http_proxy (http://user:password@host:port)'
      : `allow ${target} in the proxy, or add its host to no_proxy if the runner reaches it directly`;
  return new ConfigurationError(`The proxy refused to connect to ${target} (${failure.answer}): ${fix}.`);
}
