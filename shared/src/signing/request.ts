import type { Policy } from '../policy/schema';
import type { Inputs } from '../runtime/inputs';

/** The signing inputs of an action; light, so an action that does not sign never loads the signing code. */
export interface SignStepInputs {
  sign?: boolean;
  signingKey?: string;
  signingKeyPassword?: string;
  signingProfile?: string;
  signatureFormat?: string;
}

/** The signing inputs of an action (sign, signing-key, signing-key-password, signing-profile, signature-format). */
export function readSigningInputs(inputs: Inputs): SignStepInputs {
  return {
    sign: inputs.boolean('sign'),
    signingKey: inputs.optional('signing-key'),
    signingKeyPassword: inputs.optional('signing-key-password'),
    signingProfile: inputs.optional('signing-profile'),
    signatureFormat: inputs.optional('signature-format'),
  };
}

/** Whether this run signs: the `sign` input when given, else whether the policy names a signing method. */
export function signingEnabled(policy: Pick<Policy, 'signing'>, inputs: Pick<SignStepInputs, 'sign'>): boolean {
  return inputs.sign ?? policy.signing.method !== 'none';
}
