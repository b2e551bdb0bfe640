/** The annual report's caseload bands: advocates by how many children they represent, from a number up to the next band's. */
export const CASELOAD_BANDS = [
  { label: '0 to 9', fromChildren: 0 },
  { label: '10 to 19', fromChildren: 10 },
  { label: '20 to 29', fromChildren: 20 },
  { label: '30 to 39', fromChildren: 30 },
  { label: '40 or more', fromChildren: 40 },
] as const;
export type CaseloadBand = (typeof CASELOAD_BANDS)[number]['label'];

/** The labels of the caseload bands, smallest first. */
export const CASELOAD_BAND_LABELS: readonly CaseloadBand[] = CASELOAD_BANDS.map((band) => band.label);

/** The band of an advocate representing `children` children. */
export function caseloadBand(children: number): CaseloadBand {
  let found: CaseloadBand = CASELOAD_BANDS[0].label;
  for (const band of CASELOAD_BANDS) if (children >= band.fromChildren) found = band.label;
  return found;
}
