import type { FrameText } from './chartModel';

/** The notes as they are read: one paragraph each, a group's consecutive notes as one. */
export function listNoteTexts(frame: Pick<FrameText, 'notes'>): string[] {
  const texts: string[] = [];
  frame.notes.forEach((note, i) => {
    const joined = note.group !== undefined && note.group === frame.notes[i - 1]?.group;
    const last = texts.at(-1);
    if (joined && last !== undefined) texts[texts.length - 1] = `${last} ${note.text}`;
    else texts.push(note.group === undefined ? note.text : `${note.group}: ${note.text}`);
  });
  return texts;
}
