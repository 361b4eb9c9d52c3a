// "Chốt ngày": the figures of a queue day, measured from the tickets' own history, and their CSV.
import { describe, expect, it } from 'vitest';
import { daySummaryCsv } from '../../src/main/service/sync/day-summary';
import { callNext, issue } from '../support/queue-actions';
import { wardFixture } from '../support/ward-fixture';

describe('the day summary', () => {
  it("counts the day's tickets by outcome and averages waits and services from the recorded times", () => {
    // Monday 23/11/2026, 08:00 in Hanoi. Each step below comes a second after the one before.
    const fx = wardFixture({ start: '2026-11-23T01:00:00.000Z' });
    issue(fx, 'A'); // 08:00:01
    issue(fx, 'A'); // 08:00:02
    issue(fx, 'A'); // 08:00:03
    issue(fx, 'A'); // 08:00:04, still waiting at the end
    fx.clock.advance(59_000);
    const first = callNext(fx, 1)!; // 08:01:04: waited 63 s
    fx.call('startServing', { counterNumber: 1, ticketId: first.id });
    fx.clock.advance(120_000);
    fx.call('finish', { counterNumber: 1, ticketId: first.id }); // served 120 s
    const second = callNext(fx, 2)!; // 08:03:05: waited 183 s
    fx.call('markNoShow', { counterNumber: 2, ticketId: second.id });
    const third = callNext(fx, 3)!; // 08:03:06: waited 183 s
    fx.call('cancel', { counterNumber: 3, ticketId: third.id, reason: 'Công dân đổi ý' });

    const summary = fx.call('getDaySummary', {});
    expect(summary.day).toBe('2026-11-23');
    expect(summary.tickets).toEqual({
      issued: 4,
      served: 1,
      noShow: 1,
      cancelled: 1,
      stillWaiting: 1,
      averageWaitSeconds: 143,
      averageServiceSeconds: 120,
    });
    expect(summary.dossiers).toEqual({ received: 0, byField: [], returned: 0, overdue: 0 });
    // Each counter's wait is that of the tickets it called first; the service's, of those called at all.
    expect(summary.byService.map(({ serviceId: _, ...s }) => s)).toEqual([
      { name: 'Tư pháp – Hộ tịch', issued: 4, served: 1, noShow: 1, averageWaitSeconds: 143 },
    ]);
    expect(summary.byCounter.map((c) => [c.name, c.called, c.served, c.noShow, c.averageWaitSeconds])).toEqual([
      ['Quầy 1', 1, 1, 0, 63],
      ['Quầy 2', 1, 0, 1, 183],
      ['Quầy 3', 1, 0, 0, 183],
    ]);
    expect(summary.dossiersPending).toBe(0);
    expect(summary.wardName).toBe('Điểm phục vụ hành chính công');
    expect(summary.lastSuccessAt).toBeNull();
    expect(summary.generatedAt).toBe('2026-11-23T01:03:06.000Z');
    expect(summary.csv).toBe(
      [
        'Chỉ tiêu,Giá trị',
        'Đơn vị,Điểm phục vụ hành chính công',
        'Ngày,23/11/2026',
        'Số vé đã phát,4',
        'Số vé đã phục vụ xong,1',
        'Vắng mặt,1',
        'Đã huỷ,1',
        'Còn đang chờ,1',
        'Thời gian chờ trung bình (giây),143',
        'Thời gian phục vụ trung bình (giây),120',
        // Served from the hub PC with nobody signed in (the steps in process carry no clerk).
        'Số vé đã phục vụ xong - Không có cán bộ đăng nhập,1',
        'Thời gian phục vụ trung bình (giây) - Không có cán bộ đăng nhập,120',
        'Số vé đã phát - Tư pháp – Hộ tịch,4',
        'Số vé đã phục vụ xong - Tư pháp – Hộ tịch,1',
        'Vắng mặt - Tư pháp – Hộ tịch,1',
        'Thời gian chờ trung bình (giây) - Tư pháp – Hộ tịch,143',
        'Số vé đã gọi - Quầy 1,1',
        'Số vé đã phục vụ xong - Quầy 1,1',
        'Vắng mặt - Quầy 1,0',
        'Thời gian chờ trung bình (giây) - Quầy 1,63',
        'Số vé đã gọi - Quầy 2,1',
        'Số vé đã phục vụ xong - Quầy 2,0',
        'Vắng mặt - Quầy 2,1',
        'Thời gian chờ trung bình (giây) - Quầy 2,183',
        'Số vé đã gọi - Quầy 3,1',
        'Số vé đã phục vụ xong - Quầy 3,0',
        'Vắng mặt - Quầy 3,0',
        'Thời gian chờ trung bình (giây) - Quầy 3,183',
        'Hồ sơ đã tiếp nhận,0',
        'Hồ sơ đã trả kết quả,0',
        'Hồ sơ quá hạn,0',
        'Hồ sơ đang giải quyết,0',
        `Thay đổi chưa gửi lên thành phố,${summary.pendingSync}`,
        'Đồng bộ thành công gần nhất,',
        'Lập lúc,08:03 23/11/2026',
        '',
      ].join('\r\n'),
    );
    expect(summary.pendingSync).toBeGreaterThan(0);
  });

  it('leaves the averages empty, not zero, on a day nobody was called', () => {
    const fx = wardFixture({ start: '2026-11-23T01:00:00.000Z' });
    issue(fx, 'A');
    const yesterday = fx.call('getDaySummary', { day: '2026-11-22' });
    expect(yesterday.tickets).toEqual({
      issued: 0,
      served: 0,
      noShow: 0,
      cancelled: 0,
      stillWaiting: 0,
      averageWaitSeconds: null,
      averageServiceSeconds: null,
    });
    const today = fx.call('getDaySummary', {});
    expect([
      today.tickets.issued,
      today.tickets.stillWaiting,
      today.tickets.averageWaitSeconds,
      today.tickets.averageServiceSeconds,
    ]).toEqual([1, 1, null, null]);
    expect(today.csv).toContain('\r\nThời gian chờ trung bình (giây),\r\nThời gian phục vụ trung bình (giây),\r\n');
  });

  it('writes dossier figures by field once there are any, quoting what a spreadsheet would split', () => {
    const csv = daySummaryCsv({
      day: '2026-11-23',
      tickets: { issued: 2, served: 1, noShow: 0, cancelled: 0, stillWaiting: 1, averageWaitSeconds: 60, averageServiceSeconds: null },
      clerks: [
        { clerkId: '0194f8a2-0000-7000-8000-000000000001', fullName: 'Trần Văn Bình', served: 1, averageServiceSeconds: 240 },
        { clerkId: null, fullName: null, served: 0, averageServiceSeconds: null },
      ],
      dossiers: {
        received: 3,
        byField: [
          { field: 'Hộ tịch', count: 2 },
          { field: 'Đất đai, nhà ở', count: 1 },
          { field: 'Chứng thực "bản sao"', count: 0 },
        ],
        returned: 1,
        overdue: 0,
      },
      byService: [],
      byCounter: [],
      dossiersPending: 4,
      wardName: 'Phường Ba Đình',
      pendingSync: 0,
      lastSuccessAt: '2026-11-23T09:00:00.000Z',
      generatedAt: '2026-11-23T10:00:00.000Z',
    });
    expect(csv.split('\r\n')).toEqual([
      'Chỉ tiêu,Giá trị',
      'Đơn vị,Phường Ba Đình',
      'Ngày,23/11/2026',
      'Số vé đã phát,2',
      'Số vé đã phục vụ xong,1',
      'Vắng mặt,0',
      'Đã huỷ,0',
      'Còn đang chờ,1',
      'Thời gian chờ trung bình (giây),60',
      'Thời gian phục vụ trung bình (giây),',
      'Số vé đã phục vụ xong - Trần Văn Bình,1',
      'Thời gian phục vụ trung bình (giây) - Trần Văn Bình,240',
      'Số vé đã phục vụ xong - Không có cán bộ đăng nhập,0',
      'Thời gian phục vụ trung bình (giây) - Không có cán bộ đăng nhập,',
      'Hồ sơ đã tiếp nhận,3',
      'Hồ sơ đã tiếp nhận - lĩnh vực Hộ tịch,2',
      '"Hồ sơ đã tiếp nhận - lĩnh vực Đất đai, nhà ở",1',
      '"Hồ sơ đã tiếp nhận - lĩnh vực Chứng thực ""bản sao""",0',
      'Hồ sơ đã trả kết quả,1',
      'Hồ sơ quá hạn,0',
      'Hồ sơ đang giải quyết,4',
      'Thay đổi chưa gửi lên thành phố,0',
      // Hanoi time, as the head reads every other time.
      'Đồng bộ thành công gần nhất,16:00 23/11/2026',
      'Lập lúc,17:00 23/11/2026',
      '',
    ]);
    expect(
      daySummaryCsv({
        day: '2026-11-23',
        tickets: { issued: 0, served: 0, noShow: 0, cancelled: 0, stillWaiting: 0, averageWaitSeconds: null, averageServiceSeconds: null },
        clerks: [],
        dossiers: { received: 0, byField: [{ field: 'Dòng 1\nDòng 2', count: 0 }], returned: 0, overdue: 0 },
        byService: [],
        byCounter: [],
        dossiersPending: 0,
        wardName: 'Phường Ba Đình',
        pendingSync: 0,
        lastSuccessAt: null,
        generatedAt: '2026-11-23T10:00:00.000Z',
      }),
    ).toContain('\r\n"Hồ sơ đã tiếp nhận - lĩnh vực Dòng 1\nDòng 2",0\r\n');
  });
});
