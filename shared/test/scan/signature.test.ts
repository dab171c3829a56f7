import { parseScannedImage } from '../../src/scan/image';
import { checkSignature, type SignatureGate } from '../../src/scan/signature';

const image = parseScannedImage(`piksel/ows@sha256:${'a'.repeat(64)}`);

test('a signature check that never answers ends at its deadline and fails closed', async () => {
  const silent: SignatureGate = { check: () => new Promise(() => undefined) };
  const result = await checkSignature(silent, image, true, 20);
  expect(result).toMatchObject({ required: true, status: 'error' });
  expect(result.detail).toContain('The signature could not be checked: no answer within');
});

test('a check that answers in time is what the gate sees', async () => {
  const quick: SignatureGate = { check: async () => ({ status: 'verified', detail: 'signed' }) };
  expect(await checkSignature(quick, image, true, 60_000)).toEqual({
    required: true,
    status: 'verified',
    detail: 'signed',
  });
});
