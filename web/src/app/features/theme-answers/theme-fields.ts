/** The form field a server problem names: the API names an input's field with or without its `input.` prefix. */
export function serverField(field: string): string {
  return field.replace(/^input\./, '');
}
