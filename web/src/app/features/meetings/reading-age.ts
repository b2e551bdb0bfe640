import { readingAgeGuidance, type ReadingAgeGuidance } from '@heard/domain';
import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';

/** How hard `text` is to read: its Flesch-Kincaid grade (counted with the `syllable` library), as reading-age guidance. */
export function measureReadingAge(text: string): ReadingAgeGuidance {
  const words = text.match(/[A-Za-z’']+/g) ?? [];
  if (words.length === 0) return readingAgeGuidance(null);
  // A sentence ends at . ! ? or a line break (each "- " list line is one); at least one.
  const sentences = Math.max(1, text.split(/[.!?]+|\n+/).filter((s) => /[A-Za-z]/.test(s)).length);
  const syllables = words.reduce((total, word) => total + Math.max(1, syllable(word)), 0);
  return readingAgeGuidance(fleschKincaid({ sentence: sentences, word: words.length, syllable: syllables }));
}
