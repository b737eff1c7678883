/**
 * The rule registry: every rule that makes, drops or classifies a claim, sets a field of its frame, or
 * allows or refuses a card's verdict is a named entry here, with sentences where it must fire and
 * sentences where it must not. A meta-test (test/unit/rules/registry.test.ts) runs every rule's examples
 * through the engine's trace and fails on a rule without them.
 *
 * Pure and dependency-free: detector, context engine and tests import it alike.
 */

/** Where in the pipeline a rule decides. */
export const RULE_STAGES = [
  /** whether a text is about immigration enforcement at all */
  'gate',
  /** whether a quantity is a claim (makes one) */
  'claim',
  /** whether a candidate quantity is dropped (no claim) */
  'drop',
  /** who or what a number counts: the whole, a part, one place, one event (lib/detect/scope.ts) */
  'scope',
  /** which category a claim gets */
  'category',
  /** a field of the claim's frame: body, scope, kind, period */
  'frame',
  /** whether a card may give a verdict, and which */
  'verdict',
] as const;
export type RuleStage = (typeof RULE_STAGES)[number];

export interface Rule {
  /** Stable id, dotted by stage and topic: "drop.subgroup-share", "frame.kind.funded-beds". */
  id: string;
  stage: RuleStage;
  /** What the rule looks for, in a sentence: "a count followed by 'had no criminal record'". */
  looksFor: string;
  /** What it decides when it fires: "the quantity is a part of a group, not a claim". */
  decides: string;
  /** Sentences (or short paragraphs) in which the rule must fire. At least one. */
  fires: string[];
  /** Sentences in which it must not fire, ideally near misses. At least one. */
  silent: string[];
  /** Optional article date (YYYY-MM-DD) for examples that depend on it. */
  articleDate?: string;
}

const registry = new Map<string, Rule>();

/**
 * Registers a rule and returns its id, to be recorded in a trace wherever the rule decides:
 *   const SUBGROUP = defineRule({ id: 'drop.subgroup-share', ... });
 *   ... trace?.push(SUBGROUP);
 */
export function defineRule(rule: Rule): string {
  if (registry.has(rule.id)) throw new Error(`Rule "${rule.id}" is defined twice`);
  if (!/^[a-z]+(?:\.[a-z0-9]+(?:-[a-z0-9]+)*)+$/.test(rule.id)) throw new Error(`Rule id "${rule.id}" is not dotted lower-case words`);
  if (!rule.id.startsWith(`${rule.stage}.`)) throw new Error(`Rule id "${rule.id}" must start with its stage "${rule.stage}."`);
  registry.set(rule.id, rule);
  return rule.id;
}

/** Every registered rule (those whose modules have been imported), in definition order. */
export function allRules(): Rule[] {
  return [...registry.values()];
}

export function getRule(id: string): Rule | undefined {
  return registry.get(id);
}
