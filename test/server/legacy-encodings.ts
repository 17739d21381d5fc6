/** Texts written for the upload tests, and their bytes in legacy encodings (not UTF-8). */

/** Cyrillic text as windows-1251 bytes (А..я are 0xC0..0xFF there). */
export function windows1251(text: string): Buffer {
  const extra: Record<string, number> = { 'Ё': 0xa8, 'ё': 0xb8, '«': 0xab, '»': 0xbb, '—': 0x97 };
  return Buffer.from([...text].map((ch) => {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) return code;
    if (code >= 0x410 && code <= 0x44f) return code - 0x410 + 0xc0;
    if (extra[ch] === undefined) throw new Error(`no windows-1251 byte for ${ch}`);
    return extra[ch];
  }));
}

export const RUSSIAN = 'Мэр города заявил во вторник, что новая линия трамвая откроется в мае.\n«Мы готовы», — сказал директор транспортного управления Ольга Смирнова.';
export const FRENCH = 'Le maire a déclaré mardi que la nouvelle ligne de tramway ouvrira en mai. « Nous sommes prêts », a dit la directrice Hélène Dubois.';
