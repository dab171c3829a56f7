import { planMaven } from '../../../shared/src/packages/maven';
import { planNpm } from '../../../shared/src/packages/npm';
import { planPython } from '../../../shared/src/packages/python';
import type { PackageType, Planner } from '../../../shared/src/packages/types';
import { planZip } from '../../../shared/src/packages/zip';
import { ConfigurationError } from '../../../shared/src/runtime/errors';

function notSupportedYet(type: PackageType): Planner {
  return () => Promise.reject(new ConfigurationError(`${type} is not supported yet by publish-package.`));
}

/** The format that turns the files into a publish plan. */
export function plannerFor(type: PackageType): Planner {
  switch (type) {
    case 'npm':
      return planNpm;
    case 'zip':
      return planZip;
    case 'maven':
      return planMaven;
    case 'python':
      return planPython;
    case 'helm':
      return notSupportedYet(type);
  }
}
