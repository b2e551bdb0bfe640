import { childSearchProblem } from './child-search';

describe('searching for a child by name, date of birth or local authority', () => {
  it('needs at least one of them', () => {
    expect(childSearchProblem({})).toEqual({ field: 'name', message: "Enter part of the child's name, their date of birth or their local authority." });
    expect(childSearchProblem({ name: '  ', localAuthority: '', dateOfBirth: null })).toEqual({
      field: 'name',
      message: "Enter part of the child's name, their date of birth or their local authority.",
    });
  });

  it('needs at least 2 characters of a name or an LA', () => {
    expect(childSearchProblem({ name: 'A' })).toEqual({ field: 'name', message: "Enter at least 2 letters of the child's name." });
    expect(childSearchProblem({ localAuthority: 'N ' })).toEqual({
      field: 'localAuthority',
      message: "Enter at least 2 letters of the local authority's name.",
    });
  });

  it('runs with any one of them', () => {
    expect(childSearchProblem({ name: 'Am' })).toBeNull();
    expect(childSearchProblem({ dateOfBirth: '2014-03-02' })).toBeNull();
    expect(childSearchProblem({ localAuthority: 'North' })).toBeNull();
  });
});
