import { slipsText } from '../../shared/i18n/vi/slips';

// The parts every one-stop form shares (one-stop-rules §1.3, common header [U]).

export type SlipCopy = 'citizen' | 'dossier';
export const SLIP_COPIES: readonly SlipCopy[] = ['citizen', 'dossier'];

/** The issuing unit on the left, the national motto block on the right, then the form number and copy. */
export function SlipHeading({ unitName, formNumber, copy }: { unitName: string; formNumber: string; copy: SlipCopy }) {
  return (
    <>
      <header className="heading">
        <div className="unit">
          <div className="unit-name">{unitName}</div>
          <div className="rule" />
        </div>
        <div className="motto">
          <div className="country">{slipsText.motto.country}</div>
          <div className="slogan">{slipsText.motto.slogan}</div>
          <div className="rule" />
        </div>
      </header>
      <div className="form-meta">
        <span>{formNumber}</span>
        <span className="copy-label">{slipsText.copies[copy]}</span>
      </div>
    </>
  );
}

interface Signer {
  title: string;
  /** Printed under the space for the signature; null leaves it for the signer to write. */
  name: string | null;
}

export function SlipSignatures({ left, right }: { left: Signer; right: Signer }) {
  return (
    <div className="signatures">
      {[left, right].map((signer) => (
        <div className="signer" key={signer.title}>
          <div className="signer-title">{signer.title}</div>
          <div className="sign-hint">{slipsText.signHint}</div>
          <div className="signer-name">{signer.name}</div>
        </div>
      ))}
    </div>
  );
}
