import { parseScannedImage } from '../../src/scan/image';
import { ConfigurationError } from '../../src/runtime/errors';

const digest = `sha256:${'ab'.repeat(32)}`;

describe('parseScannedImage', () => {
  test.each([
    [
      `123456789012.dkr.ecr.eu-central-1.amazonaws.com/piksel/ows@${digest}`,
      {
        registry: '123456789012.dkr.ecr.eu-central-1.amazonaws.com',
        repository: 'piksel/ows',
        registryId: '123456789012',
        region: 'eu-central-1',
      },
    ],
    [`piksel-core@${digest}`, { registry: undefined, repository: 'piksel-core', registryId: undefined }],
    [`127.0.0.1:5000/team/app@${digest}`, { registry: '127.0.0.1:5000', repository: 'team/app' }],
    [`localhost/app@${digest}`, { registry: 'localhost', repository: 'app' }],
    // A tag beside the digest is only a label: the digest decides.
    [`piksel/ows:ows-1.2.0@${digest}`, { repository: 'piksel/ows' }],
    [`docker://piksel/ows@${digest}`, { repository: 'piksel/ows' }],
  ])('%s', (input, expected) => {
    const image = parseScannedImage(input);
    expect(image).toMatchObject(expected);
    expect(image.digest).toBe(digest);
  });

  test('a tag alone is refused, saying why the gate wants a digest', () => {
    expect(() => parseScannedImage('piksel/ows:latest')).toThrow(ConfigurationError);
    expect(() => parseScannedImage('piksel/ows:latest')).toThrow(/by digest, never by tag.*moved/);
  });

  test.each([`piksel/ows@sha256:abc`, `piksel/ows@md5:${'a'.repeat(32)}`, `Piksel/OWS@${digest}`])(
    'a malformed reference is refused: %s',
    (input) => {
      expect(() => parseScannedImage(input)).toThrow(ConfigurationError);
    },
  );
});
