import type { AwsClients } from '../../../shared/src/aws/clients';
import type { Policy } from '../../../shared/src/policy';
import type { ActionContext } from '../../../shared/src/runtime/context';
import type { SignatureGate } from '../../../shared/src/scan/signature';
import type { ScanGateSettings } from './settings';

export interface SignatureGateContext {
  ctx: ActionContext;
  policy: Policy;
  settings: ScanGateSettings;
  aws: () => AwsClients;
}

/**
 * The signature gate of a real run: the image's signatures, read from its registry, verified under the
 * policy's signing.trust. Until the registry verification is wired in, a required signature fails closed.
 */
export function registrySignatureGate(_context: SignatureGateContext): SignatureGate | undefined {
  return undefined;
}
