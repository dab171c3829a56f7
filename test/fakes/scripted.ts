import { Inspector2Client } from '@aws-sdk/client-inspector2';
import { SignerClient } from '@aws-sdk/client-signer';
import type { CallLog } from './calls';
import { FakeService } from './calls';

/**
 * Amazon Inspector and AWS Signer in memory: a client and its service, with no state of their own; each test
 * registers the answers it needs (`service.on(ListCoverageCommand, ...)`), recorded in the account's call log.
 */

const credentials = { accessKeyId: 'fake', secretAccessKey: 'fake' };

export class FakeInspector {
  readonly client: Inspector2Client;
  readonly service: FakeService;

  constructor(region: string, log: CallLog) {
    this.client = new Inspector2Client({ region, credentials });
    this.service = new FakeService(this.client, 'inspector2', log);
  }
}

export class FakeSigner {
  readonly client: SignerClient;
  readonly service: FakeService;

  constructor(region: string, log: CallLog) {
    this.client = new SignerClient({ region, credentials });
    this.service = new FakeService(this.client, 'signer', log);
  }
}
