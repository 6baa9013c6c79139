import type { Core } from '@strapi/strapi';
import { hooks } from '@strapi/utils';
import type { Actor } from './actor';
import type { WorkflowItem } from './items';
import type { Action, State, WithdrawReason } from './rules';

/**
 * Called after every transition, inside its transaction, so what a listener writes (royalty
 * records, for one) commits or rolls back with the transition itself.
 */
export const TRANSITIONED = 'plugin::workflow.transitioned';

export interface TransitionEvent {
  item: WorkflowItem;
  action: Action | 'publish-due';
  fromState: State;
  toState: State;
  actor: Actor;
  withdrawReason: WithdrawReason | null;
  /** The moment of the transition: when a publish is the item's first, its posting time. */
  at: Date;
}

export const registerHooks = (strapi: Core.Strapi): void => {
  strapi.get('hooks').set(TRANSITIONED, hooks.createAsyncSeriesHook());
};

export const announceTransition = (strapi: Core.Strapi, event: TransitionEvent): Promise<void> =>
  strapi.hook(TRANSITIONED).call(event) as Promise<void>;
