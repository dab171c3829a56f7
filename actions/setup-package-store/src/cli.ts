import { parseArgs } from 'node:util';
import { resolveRegion } from '../../../shared/src/aws/clients';
import { DEFAULT_OIDC_AUDIENCE } from '../../../shared/src/aws/credentials';
import { ConfigurationError, errorMessage, isConfigurationError } from '../../../shared/src/runtime/errors';
import { ConsoleLogger } from '../../../shared/src/runtime/logger';
import { useProxyFromEnvironment } from '../../../shared/src/runtime/proxy';
import { describeConfiguration } from './configure';
import { serveStore } from './endpoint';
import { clientUrls } from './paths';
import { readStoreSource } from './target';

const USAGE = `usage: node actions/setup-package-store/dist/index.js serve [--policy <file>] [--port <n>] [--bucket <name>] [--prefix <prefix>] [--region <region>]

Serves the system's package store on 127.0.0.1 for mvn, npm and pip, signing each request with the default AWS
credential chain (AWS_PROFILE, an SSO profile after 'aws sso login', or the environment). Ctrl-C stops it.`;

/** The laptop command: the same endpoint in the foreground, with the default credential chain. */
export async function runServeCommand(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const logger = new ConsoleLogger(Boolean(env.DEBUG));
  try {
    const { values } = parseArgs({
      args,
      options: {
        policy: { type: 'string', default: '.github/artifact-policy.yml' },
        port: { type: 'string', default: '0' },
        bucket: { type: 'string' },
        prefix: { type: 'string' },
        region: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
    if (values.help) return void console.log(USAGE);
    useProxyFromEnvironment(env, logger);
    if (!/^\d+$/.test(values.port) || Number(values.port) > 65535) {
      throw new ConfigurationError(`--port '${values.port}' is not a port number (0 for any free port).`);
    }
    const source = readStoreSource({ policy: values.policy, bucket: values.bucket, prefix: values.prefix }, logger);
    const region = resolveRegion(values.region, source.region, env);
    const config = { ...source, region, audience: DEFAULT_OIDC_AUDIENCE, port: Number(values.port) };
    const endpoint = await serveStore(config, logger);
    const urls = clientUrls(`http://127.0.0.1:${endpoint.port}`);
    console.log(
      `Serving s3://${source.bucket}/${source.prefix}/ at http://127.0.0.1:${endpoint.port} as ${endpoint.identity} (Ctrl-C stops it).\n\n` +
        describeConfiguration(urls, source.system, source.npmScopes),
    );
    process.once('SIGINT', () => endpoint.server.close(() => process.exit(0)));
  } catch (err) {
    console.error(isConfigurationError(err) ? `error: ${errorMessage(err)}` : err);
    console.error(`\n${USAGE}`);
    process.exitCode = 1;
  }
}
