import { FactsCache } from './facts';
import { ClosestMemo } from './fuzzy';
import { DecisionMemo } from './memo';
import type { Finding } from './finding';
import type { ExpectLine, TokenDefinition } from './model';
import type { ExpectResult } from './rules/NSR-EXPECT-FAILED';

/**
 * What lint keeps from one lint of an account to its next (the server lints again on every
 * keystroke): facts of model entries, decisions, each expect line's finding and did-you-mean
 * answers. Passed explicitly, as `ParseCache` is to `loadAccount`: the language server's
 * workspace owns one, the CLI and one-off lints make their own, and two caches never share
 * anything. Everything in it is keyed by objects that die with the accounts or is bounded.
 */
export class LintCache {
  readonly facts = new FactsCache();
  /** Each expect line's last finding and the facts it was decided on (NSR-EXPECT-FAILED). */
  readonly expects = new WeakMap<ExpectLine, ExpectResult>();
  /** Each token's findings and what its checks read to make them (lint's `tokenInputs`). */
  readonly tokens = new WeakMap<TokenDefinition, { inputs: readonly unknown[]; findings: readonly Finding[] }>();
  /** Each unknown reference's finding and the names it suggested (NSR-UNKNOWN-REF). */
  readonly unknownRefs = new WeakMap<object, { candidates: string[]; finding: Finding }>();
  /** Did-you-mean answers, kept while the names stay the same. */
  readonly closest = { role: new ClosestMemo(), user: new ClosestMemo(), integration: new ClosestMemo(), permission: new ClosestMemo() };
  private readonly memos = new Map<string, DecisionMemo>();

  /**
   * Lint's decisions for the account with this entry file: one memo per account, so that
   * accounts do not evict each other's; the least recently linted go first.
   */
  decisions(entry: string): DecisionMemo {
    let memo = this.memos.get(entry);
    if (memo) this.memos.delete(entry);
    else memo = new DecisionMemo();
    this.memos.set(entry, memo);
    if (this.memos.size > MAX_MEMOS) this.memos.delete(this.memos.keys().next().value!);
    return memo;
  }
}

const MAX_MEMOS = 16;
