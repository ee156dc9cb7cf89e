import { describe, expect, it } from 'vitest';
import { listNoteTexts } from './listNoteTexts';

describe('listNoteTexts', () => {
  it('gives each note without a group as its own paragraph, in order', () => {
    expect(
      listNoteTexts({ notes: [{ text: 'First.' }, { text: 'Second.', about: ['alpha'] }] }),
    ).toEqual(['First.', 'Second.']);
  });

  it('joins the consecutive notes of a group into one paragraph after the group', () => {
    expect(
      listNoteTexts({
        notes: [
          { text: 'Casualties: killed plus wounded.' },
          { text: 'Alpha counts a week.', group: 'Not comparable', about: ['alpha'] },
          { text: 'Beta counts the wounded.', group: 'Not comparable', about: ['beta'] },
          { text: 'Gamma gave killed only.', group: 'Not comparable' },
          { text: 'Unverified: about 1,200.' },
        ],
      }),
    ).toEqual([
      'Casualties: killed plus wounded.',
      'Not comparable: Alpha counts a week. Beta counts the wounded. Gamma gave killed only.',
      'Unverified: about 1,200.',
    ]);
  });

  it('names a group with a single note too', () => {
    expect(listNoteTexts({ notes: [{ text: 'Floors left out.', group: 'Spread' }] })).toEqual([
      'Spread: Floors left out.',
    ]);
  });

  it('keeps apart groups that follow each other, and a group interrupted by another note', () => {
    expect(
      listNoteTexts({
        notes: [
          { text: 'A.', group: 'One' },
          { text: 'B.', group: 'Two' },
          { text: 'C.', group: 'Two' },
          { text: 'D.' },
          { text: 'E.', group: 'Two' },
        ],
      }),
    ).toEqual(['One: A.', 'Two: B. C.', 'D.', 'Two: E.']);
  });

  it('does not join notes without a group', () => {
    expect(listNoteTexts({ notes: [{ text: 'A.' }, { text: 'B.' }] })).toEqual(['A.', 'B.']);
  });

  it('gives nothing for no notes', () => {
    expect(listNoteTexts({ notes: [] })).toEqual([]);
  });
});
