import { parseChartYaml } from '../../src/chart/chart-file';
import type { ChartPackage } from '../../src/chart/package';
import { pushChart, type ChartRegistry } from '../../src/chart/push';
import { digestOf } from '../../../../shared/src/oci/digest';
import { RegistryError } from '../../../../shared/src/oci/errors';
import { ConfigurationError } from '../../../../shared/src/runtime/errors';
import { silentLogger } from '../../../../test/utils/loggers';

/** ECR answers NAME_UNKNOWN for a repository nobody created; the local registry creates them on push, so fake it. */
const ecrWithoutRepository: ChartRegistry = {
  host: '111111111111.dkr.ecr.eu-central-1.amazonaws.com',
  getManifest: async () => undefined,
  pushBlob: async () => {
    throw new RegistryError(
      'POST',
      'https://ecr/v2/acme/charts/web/blobs/uploads/',
      404,
      'NAME_UNKNOWN',
      'repository does not exist',
    );
  },
  putManifest: async () => {
    throw new Error('not reached');
  },
};

test('a chart repository that does not exist is a configuration error that says how to get one', async () => {
  const bytes = Buffer.from('chart');
  const chart: ChartPackage = {
    metadata: parseChartYaml('apiVersion: v2\nname: web\nversion: 1.0.0\n'),
    bytes,
    digest: digestOf(bytes),
    files: ['web/Chart.yaml'],
    origin: 'archive',
  };
  const push = pushChart(ecrWithoutRepository, 'acme/charts/web', chart, {
    created: new Date(0),
    logger: silentLogger,
  });
  await expect(push).rejects.toThrow(ConfigurationError);
  await expect(push).rejects.toThrow(/acme\/charts\/web does not exist\. provision-repo creates one per service/);
});
