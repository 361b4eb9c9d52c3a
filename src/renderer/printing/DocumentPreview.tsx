// A document shown on screen exactly as it will print: the same self-contained HTML, in a frame
// that may run nothing and fetch nothing.

/** Room for the page's shadow and the frame's own scroll bar. */
const FRAME_ALLOWANCE_MM = 8;

export function DocumentPreview({ html, widthMm, title, testId }: { html: string; widthMm: number; title: string; testId: string }) {
  return (
    <iframe
      className="document-preview"
      title={title}
      srcDoc={html}
      sandbox=""
      style={{ width: `${widthMm + FRAME_ALLOWANCE_MM}mm` }}
      data-testid={testId}
    />
  );
}
