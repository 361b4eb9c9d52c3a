import { describe, expect, it } from 'vitest';
import { HealthMonitor } from '../../src/main/service/health/health-monitor';

// The banner every clerk page shows: which problems it lists, in what words, since when, and when it
// tells the pages to refresh (only when something changed, not on every write).

const at = (minute: number) => new Date(Date.UTC(2026, 10, 23, 2, minute));

function watched() {
  const monitor = new HealthMonitor();
  let notices = 0;
  const unsubscribe = monitor.subscribe(() => notices++);
  return { monitor, notices: () => notices, unsubscribe };
}

describe('the health banner', () => {
  it('starts ok, lists a full disk in words for IT, and keeps the time it began while it lasts', () => {
    const { monitor, notices } = watched();
    expect(monitor.health()).toEqual({ status: 'ok', problems: [] });
    monitor.report('storage_full', at(0));
    monitor.report('storage_full', at(5));
    expect(monitor.health()).toEqual({
      status: 'degraded',
      problems: [
        {
          code: 'storage_full',
          since: '2026-11-23T02:00:00.000Z',
          message: 'Ổ đĩa đầy: thao tác mới chưa được lưu. Hãy báo cán bộ công nghệ thông tin giải phóng dung lượng.',
        },
      ],
    });
    expect(notices()).toBe(1);
  });

  it('updates the minutes of a clock problem without moving its start, and says nothing when they did not change', () => {
    const { monitor, notices } = watched();
    monitor.report('clock_off', at(0), 3);
    monitor.report('clock_off', at(1), 3);
    expect(notices()).toBe(1);
    monitor.report('clock_off', at(2), 7);
    expect(notices()).toBe(2);
    expect(monitor.health().problems).toEqual([
      {
        code: 'clock_off',
        since: '2026-11-23T02:00:00.000Z',
        message:
          'Đồng hồ máy tính lệch khoảng 7 phút so với máy chủ thành phố. Việc tại quầy vẫn làm bình thường; hãy báo cán bộ công nghệ thông tin chỉnh lại giờ.',
      },
    ]);
  });

  it('reports a clock set back more than two minutes behind the last write, and clears it once the clock catches up', () => {
    const { monitor, notices } = watched();
    const lastWrite = at(30).getTime();
    // Two minutes exactly is a small NTP correction, not a clock set back.
    monitor.noteClock(new Date(lastWrite - 2 * 60_000), lastWrite);
    expect(monitor.health().status).toBe('ok');
    expect(notices()).toBe(0);
    monitor.noteClock(new Date(lastWrite - 10 * 60_000), lastWrite);
    expect(monitor.health().problems).toEqual([
      {
        code: 'clock_went_back',
        since: '2026-11-23T02:20:00.000Z',
        message:
          'Đồng hồ máy tính đã bị lùi khoảng 10 phút. Số thứ tự vẫn được gọi đúng thứ tự; hãy báo cán bộ công nghệ thông tin chỉnh lại giờ.',
      },
    ]);
    monitor.noteClock(at(31), lastWrite);
    expect(monitor.health()).toEqual({ status: 'ok', problems: [] });
    expect(notices()).toBe(2);
  });

  it('clears only the problems named, tells the pages only when one was there, and stops telling after unsubscribe', () => {
    const { monitor, notices, unsubscribe } = watched();
    monitor.report('storage_full', at(0));
    monitor.report('storage_failed', at(1));
    monitor.clear('clock_off');
    expect(notices()).toBe(2);
    monitor.clear('clock_off', 'storage_full');
    expect(notices()).toBe(3);
    expect(monitor.health().problems.map((p) => [p.code, p.message])).toEqual([
      ['storage_failed', 'Lỗi ghi dữ liệu trên máy chủ điểm phục vụ. Hãy báo ngay cán bộ công nghệ thông tin.'],
    ]);
    unsubscribe();
    monitor.clear('storage_failed');
    expect(notices()).toBe(3);
  });
});
