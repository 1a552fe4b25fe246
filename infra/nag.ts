/**
 * cdk-nag v3 is CommonJS whose exports Node's ESM loader cannot detect statically, so a named import
 * (`import { AwsSolutionsChecks } from 'cdk-nag'`) fails at run time. Import it once here, as a default.
 *
 * v3 runs as a CDK policy-validation plugin (`Validations.of(app).addPlugins(...)`); findings are
 * acknowledged with CDK's own `Validations.of(construct).acknowledge({ id, reason })`.
 */
import cdkNag from 'cdk-nag';

export const { AwsSolutionsChecks } = cdkNag;
