// The Vietnamese message catalogue, one file per module; this joins the error messages so that every
// error code has exactly one text, whichever module raises it.
import { commonErrors } from './common';
import { configErrors } from './config';
import { deviceErrors } from './devices';
import { queueErrors } from './queue';

export * from './common';
export * from './config';
export * from './devices';
export * from './display';
export * from './printing';
export * from './queue';
export * from './shell';

export const errorMessages = { ...commonErrors, ...queueErrors, ...configErrors, ...deviceErrors } as const;
export type ErrorCode = keyof typeof errorMessages;
