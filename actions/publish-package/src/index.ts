import { exitWhenDone, runAction } from '../../../shared/src/runtime/run';
import { run } from './main';

void runAction(run).then(() => exitWhenDone());
