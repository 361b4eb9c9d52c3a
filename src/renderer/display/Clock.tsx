import { useEffect, useState } from 'react';
import { localClock, localDateVi } from '../../shared/time/local-time';

/** Hanoi time from the ward service's clock (a display PC's own clock is often wrong). */
export function Clock({ offsetMs }: { offsetMs: number }) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  const serverNow = now + offsetMs;
  return (
    <div className="display-clock">
      <time data-testid="display-clock">{localClock(serverNow)}</time>
      <span className="display-date">{localDateVi(serverNow)}</span>
    </div>
  );
}
