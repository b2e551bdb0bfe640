/** What Commissioner staff search children by: part of a name, a date of birth, part of an LA's name or code. */
export interface ChildSearchCriteria {
  name?: string | null;
  dateOfBirth?: string | null;
  localAuthority?: string | null;
}

/** The most children one search shows; more matches ask for a narrower search. */
export const CHILD_SEARCH_LIMIT = 20;
/** The fewest characters a name or LA search takes, so one letter never lists half the country. */
export const CHILD_SEARCH_MIN_CHARACTERS = 2;

export interface ChildSearchProblem {
  field: 'name' | 'localAuthority';
  message: string;
}

/** Why the search cannot run as given (shown under its field), or null when it can. */
export function childSearchProblem(criteria: ChildSearchCriteria): ChildSearchProblem | null {
  const name = criteria.name?.trim() ?? '';
  const la = criteria.localAuthority?.trim() ?? '';
  const dateOfBirth = criteria.dateOfBirth?.trim() ?? '';
  if (name === '' && la === '' && dateOfBirth === '') {
    return { field: 'name', message: "Enter part of the child's name, their date of birth or their local authority." };
  }
  if (name !== '' && name.length < CHILD_SEARCH_MIN_CHARACTERS) {
    return { field: 'name', message: `Enter at least ${CHILD_SEARCH_MIN_CHARACTERS} letters of the child's name.` };
  }
  if (la !== '' && la.length < CHILD_SEARCH_MIN_CHARACTERS) {
    return { field: 'localAuthority', message: `Enter at least ${CHILD_SEARCH_MIN_CHARACTERS} letters of the local authority's name.` };
  }
  return null;
}
