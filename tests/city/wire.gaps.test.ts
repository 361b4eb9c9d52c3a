// What the city refuses at its door, field by field: every shape the wire names has its exact edges, so
// a ward that sends a little more or a little less than the protocol allows is told so, never stored.
// From mutation run 30 (static mutants of src/shared/sync/wire.ts).
import { describe, expect, it } from 'vitest';
import { DeviceReport, EnrolRequest, Mutation, OpName, PullQuery, PushRequest, Slot, WardCode } from '../../src/shared/sync/wire';
import { WardOutbox } from './ward-outbox';

const KEY = 'A'.repeat(43);
const enrol = (change: object) => EnrolRequest.safeParse({ code: 'AB12-CD34', publicKey: KEY, appVersion: '0.2.0', ...change }).success;
const row = () => new WardOutbox().issue('A001');
const push = (change: object) => Mutation.safeParse({ ...row(), ...change }).success;

describe('the wire refuses what the protocol does not allow', () => {
  it('an enrolment code, a public key or a first seq outside their shapes', () => {
    expect(enrol({})).toBe(true);
    expect(enrol({ nextSeq: 2 })).toBe(true);
    for (const code of ['AB12-CD345', 'XAB12-CD34', 'ab12-cd34']) expect(enrol({ code }), code).toBe(false);
    for (const publicKey of [`+${'A'.repeat(42)}`, `${'A'.repeat(42)}=`]) expect(enrol({ publicKey }), publicKey).toBe(false);
    expect(enrol({ nextSeq: 0 })).toBe(false);
  });

  it('a ward code with anything but letters and digits, and a slot outside 0–9', () => {
    expect(WardCode.safeParse('HN001').success).toBe(true);
    for (const code of ['HN-001', '-HN001', 'HN001-']) expect(WardCode.safeParse(code).success, code).toBe(false);
    expect([0, 9, 10, -1].map((slot) => Slot.safeParse(slot).success)).toEqual([true, true, false, false]);
  });

  it('an op name, entity, entity id or clock stamp with anything before or after its shape', () => {
    expect(OpName.safeParse('ticket.call@1').success).toBe(true);
    for (const op of ['ticket.call@1x', 'xticket.call@1!', 'Ticket.call@1']) expect(OpName.safeParse(op).success, op).toBe(false);
    const mutation = row();
    expect(push({})).toBe(true);
    for (const entity of ['ticket!', '!ticket']) expect(push({ entity }), entity).toBe(false);
    for (const entityId of [`${mutation.entityId}!`, `!${mutation.entityId}`]) expect(push({ entityId }), entityId).toBe(false);
    const longNode = mutation.hlc.replace(/^(\d{15}-[0-9a-f]{4}-).*$/, `$1${'n'.repeat(65)}`);
    for (const hlc of [`x${mutation.hlc}`, mutation.hlc.replace(/^\d+/, (wall) => `${wall}0`), longNode])
      expect(push({ hlc }), hlc).toBe(false);
  });

  it('an actor that is empty or longer than 120 characters (a LAN device and a clerk take 86)', () => {
    const clerkActor = `device:${crypto.randomUUID()};clerk:${crypto.randomUUID()}`;
    expect(clerkActor).toHaveLength(86);
    expect([clerkActor, 'local', 'x'.repeat(120), 'x'.repeat(121), ''].map((actor) => push({ actor }))).toEqual([
      true,
      true,
      true,
      false,
      false,
    ]);
  });

  it('a device report with a negative backlog or a field it does not define', () => {
    const report = { backlog: 5, oldestPendingAt: null, sentAt: '2026-11-23T08:00:00Z' };
    expect(DeviceReport.safeParse(report).success).toBe(true);
    expect(DeviceReport.safeParse({ ...report, backlog: -1 }).success).toBe(false);
    expect(DeviceReport.safeParse({ ...report, battery: 80 }).success).toBe(false);
    expect(PushRequest.safeParse({ mutations: [row()], report }).success).toBe(true);
  });

  it('a pull cursor that is not a whole number from 0, or a parameter it does not define', () => {
    expect(PullQuery.safeParse({ cursor: '5' }).data).toEqual({ cursor: 5, limit: 1000 });
    expect(PullQuery.safeParse({ cursor: '0' }).success).toBe(true);
    for (const cursor of ['-1', '1.5', 'x']) expect(PullQuery.safeParse({ cursor }).success, cursor).toBe(false);
    expect(PullQuery.safeParse({ cursor: '5', since: 'yesterday' }).success).toBe(false);
  });
});

describe('what the city says is wrong, for whoever reads the sync log', () => {
  const issue = (result: { success: boolean; error?: { issues: { message: string; path: PropertyKey[] }[] } }) => {
    const first = result.error?.issues[0];
    return first && [first.path.join('.'), first.message];
  };

  it('names the field and the shape it expected', () => {
    const mutation = row();
    const pushed = (change: object) => issue(Mutation.safeParse({ ...mutation, ...change }));
    expect(pushed({ mutationId: mutation.mutationId.toUpperCase() })).toEqual(['mutationId', 'uuid in lower case']);
    expect(pushed({ wallTime: '1969-12-31T23:59:59Z' })).toEqual(['wallTime', 'instant between 1970 and 2200']);
    expect(pushed({ op: 'ticket.call' })).toEqual(['op', 'op: <entity>.<action>@<version>']);
    expect(pushed({ entityId: '' })).toEqual(['entityId', 'entity id: 1-100 letters, digits, . _ : -']);
    expect(pushed({ hlc: 'now' })).toEqual(['hlc', 'hlc: <15-digit ms>-<4 hex>-<node>']);
    expect(pushed({ actor: 'x'.repeat(121) })).toEqual(['actor', 'Too big: expected string to have <=120 characters']);
    expect(issue(WardCode.safeParse('HN-001'))).toEqual(['', 'ward code: 1-16 letters or digits']);
    expect(issue(EnrolRequest.safeParse({ code: 'AB12CD34', publicKey: KEY, appVersion: '0.2.0' }))).toEqual([
      'code',
      'enrolment code: XXXX-XXXX',
    ]);
    const outbox = new WardOutbox();
    const [first, , third] = [outbox.issue('A001'), outbox.issue('A002'), outbox.issue('A003')];
    expect(issue(PushRequest.safeParse({ mutations: [first, third] }))).toEqual([
      'mutations',
      'mutations must be in ascending, gap-free seq order',
    ]);
  });
});
