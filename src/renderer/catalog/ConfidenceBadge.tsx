import type { Confidence } from '../../shared/catalog/attestation';
import { catalogText, procedureConfidenceLabels } from '../../shared/i18n/vi/catalog';

/** The confidence of a fact in words next to it; its full meaning and the source are read out and shown on hover. */
export function ConfidenceBadge({ confidence, source }: { confidence: Confidence; source: string }) {
  const label = `${catalogText.confidence}: ${procedureConfidenceLabels[confidence]}. ${catalogText.source}: ${source}`;
  return (
    <span className={`confidence-badge confidence-${confidence}`} title={label} aria-label={label} data-testid="confidence-badge">
      {catalogText.confidenceShort[confidence]}
    </span>
  );
}
