/**
 * File signatures ("magic numbers") of formats people mistake for articles: documents, archives,
 * images, media. Each says what the file looks like and what to do, so the error names the real
 * problem ("looks like a PDF document: convert it to text first") instead of "not text".
 */

export interface BinarySignature {
  /** What the file looks like, after "looks like": "a PDF document". */
  kind: string;
  /** What to do instead, one clause. */
  advice: string;
  /** Bytes at `offset`; a `null` byte matches any value. */
  bytes: ReadonlyArray<number | null>;
  offset?: number;
}

const ascii = (s: string): number[] => [...s].map((c) => c.charCodeAt(0));

const CONVERT_DOCUMENT = 'save it as plain text or HTML first, then pass that file';
const DECOMPRESS = 'decompress it first, then pass the article file';
const IMAGE = 'newslens reads text; run OCR first if the image shows an article';
const MEDIA = 'newslens reads text; transcribe the recording first';

/** Checked in order; the first match wins. ZIP containers are refined by `refineZip`. */
export const BINARY_SIGNATURES: readonly BinarySignature[] = [
  { kind: 'a PDF document', advice: 'convert it to text first (for example `pdftotext file.pdf`)', bytes: ascii('%PDF-') },
  { kind: 'a ZIP archive', advice: 'unpack it and pass one article file', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { kind: 'a ZIP archive', advice: 'unpack it and pass one article file', bytes: [0x50, 0x4b, 0x05, 0x06] },
  { kind: 'an old Microsoft Office document (DOC, XLS or PPT)', advice: CONVERT_DOCUMENT, bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] },
  { kind: 'an RTF document', advice: CONVERT_DOCUMENT, bytes: ascii('{\\rtf') },
  { kind: 'a PNG image', advice: IMAGE, bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { kind: 'a JPEG image', advice: IMAGE, bytes: [0xff, 0xd8, 0xff] },
  { kind: 'a GIF image', advice: IMAGE, bytes: ascii('GIF87a') },
  { kind: 'a GIF image', advice: IMAGE, bytes: ascii('GIF89a') },
  { kind: 'a WebP image', advice: IMAGE, bytes: [...ascii('RIFF'), null, null, null, null, ...ascii('WEBP')] },
  { kind: 'a TIFF image', advice: IMAGE, bytes: [0x49, 0x49, 0x2a, 0x00] },
  { kind: 'a TIFF image', advice: IMAGE, bytes: [0x4d, 0x4d, 0x00, 0x2a] },
  { kind: 'gzip-compressed data', advice: `${DECOMPRESS} (\`gunzip file.gz\`)`, bytes: [0x1f, 0x8b] },
  { kind: 'bzip2-compressed data', advice: DECOMPRESS, bytes: [...ascii('BZh'), null, 0x31, 0x41, 0x59, 0x26, 0x53, 0x59] },
  { kind: 'xz-compressed data', advice: DECOMPRESS, bytes: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00] },
  { kind: 'zstd-compressed data', advice: DECOMPRESS, bytes: [0x28, 0xb5, 0x2f, 0xfd] },
  { kind: 'a 7-Zip archive', advice: DECOMPRESS, bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c] },
  { kind: 'a RAR archive', advice: DECOMPRESS, bytes: [...ascii('Rar!'), 0x1a, 0x07] },
  { kind: 'an SQLite database', advice: 'export the articles as JSONL and use `newslens ingest`', bytes: [...ascii('SQLite format 3'), 0x00] },
  { kind: 'an MP4 or QuickTime video', advice: MEDIA, bytes: ascii('ftyp'), offset: 4 },
  { kind: 'an MP3 recording', advice: MEDIA, bytes: ascii('ID3') },
  { kind: 'an Ogg recording', advice: MEDIA, bytes: ascii('OggS') },
  { kind: 'a WAV recording', advice: MEDIA, bytes: [...ascii('RIFF'), null, null, null, null, ...ascii('WAVE')] },
  { kind: 'a program (ELF executable)', advice: 'pass an article file instead', bytes: [0x7f, ...ascii('ELF')] },
  { kind: 'a WebAssembly module', advice: 'pass an article file instead', bytes: [0x00, ...ascii('asm')] },
];

/** Office and e-book formats are ZIP files; the names inside tell which. */
const ZIP_CONTENTS: ReadonlyArray<{ marker: string; kind: string }> = [
  { marker: 'word/', kind: 'a Word document (DOCX)' },
  { marker: 'xl/', kind: 'an Excel spreadsheet (XLSX)' },
  { marker: 'ppt/', kind: 'a PowerPoint presentation (PPTX)' },
  { marker: 'application/epub+zip', kind: 'an EPUB e-book' },
  { marker: 'application/vnd.oasis.opendocument.text', kind: 'an OpenDocument text (ODT)' },
];

/** Names the ZIP-based office format when its first entries give it away. */
export function refineZip(bytes: Uint8Array, signature: BinarySignature): BinarySignature {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 64 * 1024)).toString('latin1');
  for (const { marker, kind } of ZIP_CONTENTS) {
    if (head.includes(marker)) return { ...signature, kind, advice: CONVERT_DOCUMENT };
  }
  return signature;
}
