import type { RequestContext } from '../../src/main/service/caller';

/** Where a call made in process by a test or a benchmark comes from: one sender, for the limits kept per sender. */
export const IN_PROCESS: RequestContext = { source: 'in-process' };
