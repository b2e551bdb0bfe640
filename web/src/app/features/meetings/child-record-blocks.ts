/** A paragraph, or a list of "- " lines, of the child's record as printed. */
export interface RecordBlock {
  kind: 'paragraph' | 'list';
  lines: string[];
}

/** Splits the record's text into paragraphs and bulleted lists: lines starting "- " are list items, other lines paragraphs. */
export function recordBlocks(text: string): RecordBlock[] {
  const blocks: RecordBlock[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line === '') continue;
    const item = /^[-•*]\s+(.*)$/.exec(line)?.[1];
    const last = blocks[blocks.length - 1];
    if (item !== undefined && last?.kind === 'list') last.lines.push(item);
    else if (item !== undefined) blocks.push({ kind: 'list', lines: [item] });
    else blocks.push({ kind: 'paragraph', lines: [line] });
  }
  return blocks;
}
