// The pure pieces of the wire the ward client shares: the signed challenge text, batch shape, HLC clamp.
import { describe, expect, it } from 'vitest';
import { clampHlc } from '../../src/shared/sync/hlc-clamp';
import { challengeMessage, ErrorBody, Mutation, ProcessingStatusRequest, PushRequest } from '../../src/shared/sync/wire';
import { WardOutbox } from './ward-outbox';

describe('wire', () => {
  it('signs a challenge as protocol tag, device id and nonce on three lines', () => {
    expect(challengeMessage('0190a1b2-0000-7000-8000-000000000001', 'abc')).toBe(
      'motcua-sync-auth/v1\n0190a1b2-0000-7000-8000-000000000001\nabc',
    );
  });

  it('accepts a gap-free ascending batch and refuses gaps, disorder, upper-case ids and 501 rows', () => {
    const outbox = new WardOutbox();
    const rows = [outbox.issue('A001'), outbox.issue('A002'), outbox.issue('A003')];
    expect(PushRequest.safeParse({ mutations: rows }).success).toBe(true);
    expect(PushRequest.safeParse({ mutations: [rows[0], rows[2]] }).success).toBe(false);
    expect(PushRequest.safeParse({ mutations: [rows[1], rows[0]] }).success).toBe(false);
    expect(PushRequest.safeParse({ mutations: [{ ...rows[0]!, mutationId: rows[0]!.mutationId.toUpperCase() }] }).success).toBe(false);
    expect(PushRequest.safeParse({ mutations: [] }).success).toBe(false);
    const many = new WardOutbox();
    expect(PushRequest.safeParse({ mutations: Array.from({ length: 501 }, (_, i) => many.issue(`A${i}`)) }).success).toBe(false);
  });

  it('refuses instants PostgreSQL could not store', () => {
    const row = new WardOutbox().issue('A001');
    expect(Mutation.safeParse({ ...row, wallTime: '0000-01-01T00:00:00Z' }).success).toBe(false);
    expect(Mutation.safeParse({ ...row, wallTime: '2026-11-23T08:00:00+07:00' }).success).toBe(true);
    const accepts = (wallTime: string) => Mutation.safeParse({ ...row, wallTime }).success;
    expect([
      accepts('1969-12-31T23:59:59Z'),
      accepts('1970-01-01T00:00:00Z'),
      accepts('2199-12-31T23:59:59Z'),
      accepts('2200-01-01T00:00:00Z'),
    ]).toEqual([false, true, true, false]);
  });

  it('describes an error with its code, Vietnamese message and server time', () => {
    const body = { error: { code: 'seq_gap', message: 'x', expectedSeq: 4 }, serverTime: '2026-11-23T03:00:00.000Z' };
    expect(ErrorBody.parse(body)).toEqual(body);
    expect(ErrorBody.safeParse({ error: { code: 'nope', message: 'x' }, serverTime: body.serverTime }).success).toBe(false);
  });
});

describe('clampHlc', () => {
  const server = Date.UTC(2026, 10, 23, 3, 0, 0);

  it('leaves a stamp within five minutes of the server clock alone', () => {
    const stamp = `${String(server + 299_000).padStart(15, '0')}-0007-node`;
    expect(clampHlc(stamp, server)).toBe(stamp);
  });

  it('brings a stamp from a clock a day ahead back to server time plus five minutes, keeping counter and node', () => {
    expect(clampHlc(`${String(server + 86_400_000).padStart(15, '0')}-00a1-pc-7`, server)).toBe('001795403100000-00a1-pc-7');
  });
});

it('accepts a dossier code whose unit part is a dotted QCVN 102 code, and refuses a malformed one', () => {
  const base = { eventId: crypto.randomUUID(), dossierId: crypto.randomUUID(), status: 'processing', at: '2026-11-23T03:00:00Z' };
  expect(ProcessingStatusRequest.safeParse({ ...base, dossierCode: '000.A0.01.H26-210212-9090' }).success).toBe(true);
  for (const bad of ['000..01.H26-210212-9090', '000.A0.01.H26-21021-9090', '.H26-210212-9090', '000.A0.01.H26-210212-909'])
    expect([bad, ProcessingStatusRequest.safeParse({ ...base, dossierCode: bad }).success]).toEqual([bad, false]);
});

it('takes an extension posted by the processing side only with its new appointment, and a new appointment only with an extension', () => {
  const base = { eventId: crypto.randomUUID(), dossierId: crypto.randomUUID(), dossierCode: 'H26-260310-1001', at: '2026-11-23T03:00:00Z' };
  const newDue = { date: '2026-11-30', time: '16:30' };
  const ok = (body: object) => ProcessingStatusRequest.safeParse(body).success;
  expect([ok({ ...base, status: 'extended', newDue }), ok({ ...base, status: 'extended' })]).toEqual([true, false]);
  expect([ok({ ...base, status: 'processing' }), ok({ ...base, status: 'processing', newDue })]).toEqual([true, false]);
  expect(ok({ ...base, status: 'extended', newDue: { date: '2026-11-30', time: '24:00' } })).toBe(false);
});
