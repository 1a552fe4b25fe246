import { type App, Validations } from 'aws-cdk-lib';
import { readConfig } from './config.js';
import { AwsSolutionsChecks } from './nag.js';
import { RefusalGuardStack } from './stack.js';

/**
 * Adds the Refusal Guard stack to an app and runs the cdk-nag AwsSolutions checks on it. `infra/app.ts`
 * and the infrastructure tests both call this, so a test sees exactly what `cdk synth` deploys.
 *
 * @example const stack = defineApp(new App({ context }));
 */
export function defineApp(app: App): RefusalGuardStack {
  const config = readConfig(app);
  const stack = new RefusalGuardStack(app, config.stackName, {
    config,
    description: 'Refusal Guard: checks refusals of consumer returns against PRC law and keeps the decisions.',
    // The account comes from the CLI's credentials when there are any; synth needs none.
    env: { account: process.env.CDK_DEFAULT_ACCOUNT, region: config.region },
    terminationProtection: true,
  });
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app, { verbose: true }));
  return stack;
}
