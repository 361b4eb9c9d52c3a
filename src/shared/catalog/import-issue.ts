import type { z } from 'zod';
import { catalogueImportReasons as reasons } from '../i18n/vi/catalog';
import { safeTextProblemCode } from '../text/safe-text';
import { CHANNELS } from './procedure';

// One refused piece of an import file, placed where the admin will look for it: the line (as a
// spreadsheet or text editor numbers it) and the column or JSON property.

export interface ImportIssue {
  line: number;
  /** CSV column or dotted JSON property path; null when the whole line or file is at fault. */
  field: string | null;
  /** Vietnamese, for the admin. */
  reason: string;
  /** English, for the log; never quotes the cell. */
  detail: string;
}

type ZodIssue = z.core.$ZodIssue;

export function importIssue(line: number, field: string | null, reason: string, detail: string): ImportIssue {
  return { line, field, reason, detail };
}

/** A schema issue in the admin's words. */
export function reasonForSchemaIssue(issue: ZodIssue): string {
  if (safeTextProblemCode(issue) !== undefined) return issue.message;
  const key = issue.path[issue.path.length - 1];
  switch (issue.code) {
    case 'custom':
      return customReason(issue.params);
    case 'invalid_type':
      return typeReason(issue.expected, issue.input);
    case 'invalid_value':
      return reasons.one_of(issue.values.map(String).join(', '));
    case 'invalid_union':
      return 'options' in issue && Array.isArray(issue.options)
        ? reasons.one_of(issue.options.map(String).join(', '))
        : reasons.invalid_value();
    case 'invalid_format':
      if (issue.format === 'uuid') return reasons.id_format();
      if (issue.format === 'date') return reasons.date_format();
      if (key === 'code') return reasons.national_code_format();
      if (key === 'cutoff') return reasons.clock_format();
      return reasons.invalid_value();
    case 'too_small':
      return issue.origin === 'array' ? reasons.items_at_least(String(issue.minimum)) : reasons.at_least(String(issue.minimum));
    case 'too_big':
      return issue.origin === 'array' ? reasons.items_at_most(String(issue.maximum)) : reasons.at_most(String(issue.maximum));
    case 'unrecognized_keys':
      return reasons.unknown_fields(issue.keys.join(', '));
    default:
      return reasons.invalid_value();
  }
}

/** The same issue for the log: zod's English, except where that would repeat the admin's text. */
export function detailForSchemaIssue(issue: ZodIssue): string {
  const problem = safeTextProblemCode(issue);
  return problem === undefined ? issue.message : `text refused: ${problem}`;
}

function typeReason(expected: string, input: unknown): string {
  if (input === undefined || input === null) return reasons.missing();
  switch (expected) {
    case 'number':
      return reasons.not_a_number();
    case 'int':
      return typeof input === 'number' ? reasons.not_an_integer() : reasons.not_a_number();
    case 'array':
      return reasons.not_a_list();
    case 'object':
      return reasons.not_an_object();
    case 'string':
      return reasons.not_text();
    case 'boolean':
      return reasons.not_true_false();
    default:
      return reasons.wrong_type();
  }
}

function customReason(params: Record<string, unknown> | undefined): string {
  switch (params?.catalogue) {
    case 'unknown_not_unconfirmed':
      return reasons.unknown_not_unconfirmed();
    case 'reduced_rate_pair':
      return reasons.reduced_rate_pair();
    case 'cap_below_one_page':
      return reasons.cap_below_one_page();
    case 'channel_repeated':
      return reasons.channel_repeated();
    case 'deadline_for_missing_channel': {
      const channel = CHANNELS.find((known) => known === params.channel);
      return channel ? reasons.deadline_for_missing_channel(channel) : reasons.invalid_value();
    }
    default:
      return reasons.invalid_value();
  }
}
