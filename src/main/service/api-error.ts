import { errorMessages, type ErrorCode } from '../../shared/i18n/vi';

const STATUS: Partial<Record<ErrorCode, number>> = {
  bad_request: 400,
  bad_json: 400,
  bad_encoding: 400,
  payload_too_large: 413,
  unknown_method: 404,
  unauthorized: 401,
  forbidden: 403,
  forbidden_counter: 403,
  bad_host: 403,
  service_not_found: 404,
  counter_not_found: 404,
  ticket_not_found: 404,
  ticket_not_yours: 403,
  ticket_not_at_counter: 403,
  priority_not_found: 404,
  device_not_found: 404,
  procedure_not_found: 404,
  procedure_deadline_unknown: 422,
  pairing_code_invalid: 401,
  pairing_locked: 429,
  calendar_year_invalid: 422,
  calendar_year_out_of_range: 422,
  office_settings_invalid: 422,
  due_date_out_of_range: 422,
  statutory_rules_invalid: 422,
  sign_in_required: 401,
  session_locked: 423,
  secret_change_required: 403,
  forbidden_role: 403,
  sign_in_failed: 401,
  sign_in_locked: 429,
  secret_wrong: 403,
  clerk_not_found: 404,
  dossier_not_found: 404,
  dossier_reason_required: 422,
  dossier_new_due_required: 422,
  dossier_new_due_not_later: 422,
  dossier_new_due_only_for_extension: 422,
  dossier_deadline_required: 422,
  dossier_deadline_from_catalogue: 422,
  dossier_fee_facts_missing: 422,
  dossier_fee_amount_required: 422,
  dossier_fee_amount_not_allowed: 422,
  dossier_channel_not_offered: 422,
  register_too_long: 422,
  backup_not_found: 404,
  backup_damaged: 422,
  storage_full: 507,
  storage_failed: 503,
  internal: 500,
};

/** An error a clerk can act on: a stable code for programs, a Vietnamese message for people. */
export class ApiError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    detail?: string,
  ) {
    super(detail ? `${errorMessages[code]} ${detail}` : errorMessages[code]);
    this.status = STATUS[code] ?? 409;
  }
}
