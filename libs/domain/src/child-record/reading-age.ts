/** The reading age the child's record should not go above. */
export const TARGET_READING_AGE = 9;

/** How hard the text is to read, as the advocate is shown it next to the record. */
export interface ReadingAgeGuidance {
  /** Reading age in years (Flesch-Kincaid grade + 5), or null when there is nothing to measure. */
  readingAge: number | null;
  /** Whether the text is at or under the target reading age. */
  withinTarget: boolean;
  message: string;
}

/**
 * From a Flesch-Kincaid grade level (a US school grade; a reading age is the grade plus 5 years) to what the
 * advocate is told: aim for a reading age of 9 or under. A text with no words has no reading age.
 */
export function readingAgeGuidance(grade: number | null): ReadingAgeGuidance {
  if (grade === null || !Number.isFinite(grade)) {
    return {
      readingAge: null,
      withinTarget: false,
      message: `Write the record to see its reading age. Aim for a reading age of ${TARGET_READING_AGE} or under.`,
    };
  }
  const readingAge = Math.max(5, Math.round(grade + 5));
  if (readingAge <= TARGET_READING_AGE) {
    return { readingAge, withinTarget: true, message: `Reading age ${readingAge}: good. Aim for a reading age of ${TARGET_READING_AGE} or under.` };
  }
  return {
    readingAge,
    withinTarget: false,
    message: `Reading age ${readingAge}: too hard for many children. Aim for a reading age of ${TARGET_READING_AGE} or under: use shorter sentences and shorter words.`,
  };
}
