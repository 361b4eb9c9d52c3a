import { DOCUMENT_FONT_FACES, DOCUMENT_FONT_FAMILY } from './document-fonts.generated';

// Every printed document (ticket, slips) carries its font inside it, so Vietnamese prints the same on
// any PC, whatever fonts it has, and printing never waits on the network.

export { DOCUMENT_FONT_FAMILY };

export const EMBEDDED_FONT_CSS = DOCUMENT_FONT_FACES.map(
  (face) =>
    `@font-face { font-family: '${DOCUMENT_FONT_FAMILY}'; font-style: normal; font-weight: ${face.weight}; ` +
    `src: url(data:font/woff2;base64,${face.woff2Base64}) format('woff2'); unicode-range: ${face.unicodeRange}; }`,
).join('\n');
