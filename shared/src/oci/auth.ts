import { ConfigurationError } from '../runtime/errors';
import type { Logger } from '../runtime/logger';

export interface BasicCredentials {
  username: string;
  password: string;
}

/** Fixed credentials, or a function that fetches them (ECR tokens expire, so they can be fetched again). */
export type CredentialSource = BasicCredentials | (() => Promise<BasicCredentials>);

export interface AuthChallenge {
  scheme: 'basic' | 'bearer';
  realm?: string;
  service?: string;
  scope?: string;
}

/** Parses a WWW-Authenticate header: `Bearer realm="https://auth.docker.io/token",service="...",scope="..."`. */
export function parseAuthChallenge(header: string | null | undefined): AuthChallenge | undefined {
  if (!header) return undefined;
  const match = /^\s*(\w+)\s*(.*)$/s.exec(header);
  if (!match) return undefined;
  const scheme = match[1].toLowerCase();
  if (scheme !== 'basic' && scheme !== 'bearer') return undefined;
  const params: Record<string, string> = {};
  const paramPattern = /([A-Za-z_]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,]*))\s*,?\s*/g;
  for (let m = paramPattern.exec(match[2]); m; m = paramPattern.exec(match[2])) {
    params[m[1].toLowerCase()] = m[2] !== undefined ? m[2].replace(/\\(.)/g, '$1') : m[3];
  }
  return { scheme, realm: params.realm, service: params.service, scope: params.scope };
}

/** The token scope of an operation on a repository. */
export function repositoryScope(repository: string, actions: 'pull' | 'pull,push'): string {
  return `repository:${repository}:${actions}`;
}

interface CachedToken {
  header: string;
  expiresAt: number;
}

/** A GET of the token service: its status and body. */
export type TokenRequest = (url: URL, headers: Record<string, string>) => Promise<{ status: number; text: string }>;

/**
 * Answers the registry's challenge: basic credentials as they are, or a bearer token fetched from the
 * challenge's realm (with the credentials, or anonymously) and kept per scope until it expires.
 */
export class RegistryAuthenticator {
  private challenge: AuthChallenge | undefined;
  private credentials: BasicCredentials | undefined;
  private credentialsLoaded = false;
  private readonly tokens = new Map<string, Promise<CachedToken>>();

  constructor(
    private readonly host: string,
    private readonly source: CredentialSource | undefined,
    private readonly logger: Logger,
    private readonly tokenRequest: TokenRequest,
    private readonly now: () => number = Date.now,
  ) {}

  /** Whether a challenge has been seen, so that requests can carry credentials from the start. */
  get knowsScheme(): boolean {
    return this.challenge !== undefined;
  }

  /** Learns the registry's scheme from a 401 answer. */
  learn(header: string | null): void {
    const challenge = parseAuthChallenge(header);
    if (!challenge) {
      throw new ConfigurationError(
        `The registry ${this.host} asked for authentication with a scheme this action does not speak ('${header ?? ''}'); it supports Basic and Bearer token authentication.`,
      );
    }
    this.challenge = challenge;
  }

  /** The Authorization header for a set of scopes, or undefined for anonymous access. */
  async header(scopes: string[]): Promise<string | undefined> {
    if (!this.challenge) return undefined;
    const credentials = await this.loadCredentials();
    if (this.challenge.scheme === 'basic') {
      if (!credentials) {
        throw new ConfigurationError(
          `The registry ${this.host} requires a user name and password. Set REGISTRY_USERNAME and REGISTRY_PASSWORD in the step's env.`,
        );
      }
      return `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64')}`;
    }
    const key = [...scopes].sort().join(' ');
    const cached = this.tokens.get(key);
    if (cached) {
      const token = await cached;
      if (token.expiresAt > this.now()) return token.header;
    }
    // Requests in flight at once share one token request per scope.
    const pending = this.fetchToken(scopes, credentials);
    this.tokens.set(key, pending);
    pending.catch(() => this.tokens.delete(key));
    return (await pending).header;
  }

  /** Forgets tokens and fetched credentials after the registry refused them, so the next try starts afresh. */
  async refresh(): Promise<void> {
    this.tokens.clear();
    if (typeof this.source === 'function') {
      this.credentialsLoaded = false;
      this.credentials = undefined;
    }
  }

  private async loadCredentials(): Promise<BasicCredentials | undefined> {
    if (!this.credentialsLoaded) {
      this.credentials = typeof this.source === 'function' ? await this.source() : this.source;
      if (this.credentials?.password) this.logger.setSecret(this.credentials.password);
      this.credentialsLoaded = true;
    }
    return this.credentials;
  }

  private async fetchToken(scopes: string[], credentials: BasicCredentials | undefined): Promise<CachedToken> {
    const { realm, service } = this.challenge!;
    if (!realm) throw new Error(`The registry ${this.host} sent a Bearer challenge without a realm.`);
    const url = new URL(realm);
    if (service) url.searchParams.set('service', service);
    for (const scope of scopes) url.searchParams.append('scope', scope);
    const headers: Record<string, string> = {};
    if (credentials) {
      headers.authorization = `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64')}`;
    }
    const { status, text } = await this.tokenRequest(url, headers);
    if (status === 401 || status === 403) {
      throw new ConfigurationError(
        `The token service ${url.origin} of ${this.host} refused ${credentials ? `the credentials of '${credentials.username}'` : 'anonymous access'} for ${scopes.join(' ')} (${status}). ${credentials ? 'Check REGISTRY_USERNAME and REGISTRY_PASSWORD.' : 'Set REGISTRY_USERNAME and REGISTRY_PASSWORD if the image is private.'}`,
      );
    }
    if (status < 200 || status > 299) {
      throw new Error(`The token service ${url.origin} answered ${status}: ${text.slice(0, 200)}`);
    }
    const body = JSON.parse(text) as { token?: string; access_token?: string; expires_in?: number };
    const token = body.token ?? body.access_token;
    if (!token) throw new Error(`The token service ${url.origin} answered without a token.`);
    this.logger.setSecret(token);
    // Tokens default to 60 s by the spec; renew a little early so a request never carries an expired one.
    const lifetime = Math.max(10, (body.expires_in ?? 60) - 10) * 1000;
    return { header: `Bearer ${token}`, expiresAt: this.now() + lifetime };
  }
}
