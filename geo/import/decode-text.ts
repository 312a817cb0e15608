/**
 * The text of a CSV file as Excel saves it: UTF-8 with or without a byte-order mark, UTF-16
 * with one ("Unicode text"), or, from a Chinese Windows Excel, GB18030 (GBK). Bytes that are
 * not valid UTF-8 are read as GB18030, which every GBK file is.
 */

export type TextEncodingName = 'UTF-8' | 'UTF-8 BOM' | 'UTF-16' | 'GB18030';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
}

const UTF8_BOM = [0xef, 0xbb, 0xbf];

export function decodeText(bytes: Uint8Array): DecodedText {
  if (UTF8_BOM.every((byte, i) => bytes[i] === byte)) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'UTF-8 BOM' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'UTF-16' };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'UTF-16' };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'UTF-8' };
  } catch {
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'GB18030' };
  }
}
