export { testContext, withEnv, type TestContext } from '../../utils/action-context';
