import type { WardHealth } from '../../shared/api/schemas';

/** What is wrong with the ward service (disk full, clock set back), shown until it is fixed. */
export function HealthBanner({ health }: { health: WardHealth | undefined }) {
  if (!health || health.status === 'ok') return null;
  return (
    <div className="health-banner" role="alert" data-testid="health-banner">
      {health.problems.map((p) => (
        <p key={p.code} data-problem={p.code}>
          {p.message}
        </p>
      ))}
    </div>
  );
}
