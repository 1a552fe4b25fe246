import { CN_2024_07_01 } from './cn/r1.js';
import { CN_2024_07_01_R2 } from './cn/r2.js';
import { RulesetRegistry } from './ruleset.js';

/**
 * Every released ruleset, oldest first. To release a new one: build it (e.g. with `defineCnRuleset`,
 * or another jurisdiction's pack), give it status `current`, set the previous one to `retired`, and add
 * it here. A released ruleset is never edited.
 */
export const RULESETS = new RulesetRegistry([CN_2024_07_01, CN_2024_07_01_R2]);
