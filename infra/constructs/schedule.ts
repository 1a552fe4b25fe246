import { Duration } from 'aws-cdk-lib';
import { Rule, Schedule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { Construct } from 'constructs';

export type HourlyScheduleProps = {
  readonly target: IFunction;
  readonly description: string;
} & ({ readonly everyHours: number } | { readonly everyMinutes: number });

/**
 * An EventBridge rule that invokes a function every N hours (or minutes). A missed run is retried
 * twice within the hour; after that the next run catches up, because the sweep reads what is due
 * *by now* and the replay worker resumes from saved positions.
 *
 * @example new HourlySchedule(stack, 'Sweep', { target: sweep.live, everyHours: 1, description: 'sweep' });
 */
export class HourlySchedule extends Construct {
  readonly rule: Rule;

  constructor(scope: Construct, id: string, props: HourlyScheduleProps) {
    super(scope, id);
    this.rule = new Rule(this, 'Rule', {
      description: props.description,
      schedule: Schedule.rate(
        'everyMinutes' in props ? Duration.minutes(props.everyMinutes) : Duration.hours(props.everyHours),
      ),
      targets: [
        new LambdaFunction(props.target, {
          retryAttempts: 2,
          maxEventAge: Duration.hours(1),
        }),
      ],
    });
  }
}
