import { callScope } from '../../../../utils/call-scope';

const royaltyScope = callScope('royalties');

/**
 * Runs `work` as the royalty service. Royalty records are computed, never typed: the guard
 * refuses any write to them that does not start in here.
 */
export const runAsRoyalties = royaltyScope.run;

export const inRoyalties = royaltyScope.active;
