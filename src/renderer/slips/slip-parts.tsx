import type { ReactNode } from 'react';
import { slipsText } from '../../shared/i18n/vi/slips';
import type { SlipApplicant } from '../../shared/slips/slip-common';
import { localParts } from '../../shared/time/local-time';
import { QrCode } from './QrCode';

// The parts every one-stop form shares (one-stop-rules §1.3, common header [U]).

export type SlipCopy = 'citizen' | 'kept';
export const SLIP_COPIES: readonly SlipCopy[] = ['citizen', 'kept'];

const fields = slipsText.fields;

interface HeadingProps {
  unitName: string;
  placeName: string | null;
  /** The day the slip is dated. */
  at: string;
  formNumber: string;
  /** Null for a sheet printed once (the control sheet, the register). */
  copy: SlipCopy | null;
  sample: boolean;
}

/**
 * The issuing unit on the left, the national motto block on the right, then the form number, the copy
 * and the place and date.
 */
export function SlipHeading({ unitName, placeName, at, formNumber, copy, sample }: HeadingProps) {
  return (
    <>
      {sample && <div className="sample">{slipsText.sample.mark}</div>}
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
        {copy && <span className="copy-label">{slipsText.copies[copy]}</span>}
      </div>
      <div className="date-line">{slipsText.dateLine(placeName, localParts(at))}</div>
    </>
  );
}

/** The form's title with the dossier code under it, and the code's QR beside it when the form carries one. */
export function SlipTitle({ title, code, qr }: { title: string; code: string | null; qr: { sizeMm: number; label: string } | null }) {
  return (
    <div className="title-row">
      <div className="title-text">
        <h1>{title}</h1>
        {code && (
          <div className="code">
            {fields.code} <strong>{code}</strong>
          </div>
        )}
      </div>
      {code && qr && <QrCode text={code} sizeMm={qr.sizeMm} label={qr.label} />}
    </div>
  );
}

/** Who files the dossier and what they ask for. */
export function ApplicantFacts({ applicant, procedureName }: { applicant: SlipApplicant; procedureName: string }) {
  return (
    <dl className="facts">
      <Fact label={fields.applicantName} value={<strong>{applicant.fullName}</strong>} />
      {applicant.idNumber && <Fact label={fields.idNumber} value={applicant.idNumber} />}
      <Fact label={fields.address} value={applicant.address} />
      {applicant.phone && <Fact label={fields.phone} value={applicant.phone} />}
      {applicant.email && <Fact label={fields.email} value={applicant.email} />}
      <Fact label={fields.request} value={procedureName} />
    </dl>
  );
}

export function Fact({ label, value }: { label: string; value: ReactNode }) {
  return (
    <div className="fact">
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
}

interface Signer {
  title: string;
  /** Printed under the space for the signature; null leaves it for the signer to write. */
  name: string | null;
  /** What the signer adds to the signature; the plain "(Ký, ghi rõ họ tên)" unless given. */
  hint?: string;
}

/** Signers side by side; a form signed by the clerk alone keeps the clerk on the right. */
export function SlipSignatures({ left, right }: { left: Signer | null; right: Signer }) {
  return (
    <div className="signatures">
      {[left, right].map((signer, i) =>
        signer === null ? (
          <div className="signer" key={i} />
        ) : (
          <div className="signer" key={i}>
            <div className="signer-title">{signer.title}</div>
            <div className="sign-hint">{signer.hint ?? slipsText.signHint}</div>
            <div className="signer-name">{signer.name}</div>
          </div>
        ),
      )}
    </div>
  );
}

/**
 * How forms 02–05 open: the heading, the title with the code if any, and whose dossier it is (or, on
 * a letter, to whom it goes).
 */
export function DossierOfOpening({
  slip,
  title,
  formNumber,
  copy,
  lead = slipsText.fields.dossierOf,
}: {
  slip: OpeningFacts;
  title: string;
  formNumber: string;
  copy: SlipCopy;
  lead?: string;
}) {
  return (
    <>
      <SlipHeading
        unitName={slip.wardName}
        placeName={slip.placeName}
        at={slip.issuedAt}
        formNumber={formNumber}
        copy={copy}
        sample={false}
      />
      <SlipTitle title={title} code={slip.dossierCode} qr={null} />
      <p>{lead}</p>
      <ApplicantFacts applicant={slip.applicant} procedureName={slip.procedureName} />
    </>
  );
}

/** Forms 03 and 05: whose dossier, what the unit decided about it, the facts of the decision, one signer. */
export function DecisionNotice({
  slip,
  form,
  copy,
  signer,
  children,
}: {
  slip: OpeningFacts;
  form: { title: string; formNumber: string; statement: (unit: string) => string };
  copy: SlipCopy;
  signer: Signer;
  children: ReactNode;
}) {
  return (
    <section className="copy">
      <DossierOfOpening slip={slip} title={form.title} formNumber={form.formNumber} copy={copy} />
      <p>{form.statement(slip.wardName)}</p>
      <dl className="facts">{children}</dl>
      <SlipSignatures left={null} right={signer} />
    </section>
  );
}

interface OpeningFacts {
  wardName: string;
  placeName: string | null;
  issuedAt: string;
  dossierCode: string | null;
  applicant: SlipApplicant;
  procedureName: string;
}
