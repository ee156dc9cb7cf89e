import { formatBytes } from '../../data/formatBytes';
import { briefingLimits, type BriefingFile } from './briefing';
import { BriefingError } from './BriefingError';
import { readBriefingText } from './readBriefingText';

/**
 * A file the person brought, read as a `briefing/v1` file (readBriefingText). Its size is
 * checked before a byte is read, and it must be UTF-8.
 */
export async function readBriefingFile(file: Blob, fileName: string): Promise<BriefingFile> {
  const limit = briefingLimits.fileBytes;
  if (file.size > limit) {
    throw new BriefingError(
      'too-large',
      fileName,
      `${fileName} is ${formatBytes(file.size)}, more than the ${formatBytes(limit)} a briefing may be.`,
    );
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(await file.arrayBuffer());
  } catch (cause) {
    throw new BriefingError(
      'not-text',
      fileName,
      `${fileName} is not UTF-8 text: a briefing is JSON.`,
      {
        cause,
      },
    );
  }
  return readBriefingText(text, fileName);
}
