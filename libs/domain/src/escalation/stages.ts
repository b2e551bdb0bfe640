/** The concern ladder, lowest first. The first four are the local authority's own stages. */
export const CONCERN_STAGES = ['INFORMAL', 'TEAM_MANAGER', 'SERVICE_MANAGER', 'DIRECTOR', 'CHILDRENS_COMMISSIONER', 'COURT'] as const;
export type ConcernStage = (typeof CONCERN_STAGES)[number];

export const LA_STAGES = ['INFORMAL', 'TEAM_MANAGER', 'SERVICE_MANAGER', 'DIRECTOR'] as const;
export type LaStage = (typeof LA_STAGES)[number];

export const CONCERN_STATUSES = ['OPEN', 'RESOLVED', 'WITHDRAWN'] as const;
export type ConcernStatus = (typeof CONCERN_STATUSES)[number];

export const STAGE_LABELS: Readonly<Record<ConcernStage, string>> = {
  INFORMAL: 'Informal (social worker)',
  TEAM_MANAGER: 'Team manager',
  SERVICE_MANAGER: 'Service manager',
  DIRECTOR: "Director of children's services",
  CHILDRENS_COMMISSIONER: "Children's Commissioner",
  COURT: 'Court',
};

export function isLaStage(stage: ConcernStage): stage is LaStage {
  return (LA_STAGES as readonly string[]).includes(stage);
}

export function stageIndex(stage: ConcernStage): number {
  return CONCERN_STAGES.indexOf(stage);
}

/** Whether Commissioner staff may see a concern at this stage: only once it has reached them. */
export function isCommissionerStage(stage: ConcernStage): boolean {
  return stageIndex(stage) >= stageIndex('CHILDRENS_COMMISSIONER');
}
