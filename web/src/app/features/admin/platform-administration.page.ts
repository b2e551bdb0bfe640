import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';
import { portalHome } from '@heard/domain';

/** The administrator's home: administrators run the platform and see no case content. */
@Component({
  selector: 'app-platform-administration-page',
  imports: [RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1 class="heading-l">Platform administration</h1>
    <p class="body">You run the platform: you see how children are allocated to advocates, never what is in a child's record.</p>
    <ul class="list">
      <li><a class="link" [routerLink]="users">Users</a>: invite people, change their role, deactivate, unlock or reset an account.</li>
      <li><a class="link" [routerLink]="allocation">Allocation oversight</a>: advocates' caseloads and the children awaiting an advocate.</li>
      <li><a class="link" [routerLink]="localAuthorities">Local authorities</a>: their codes and names.</li>
      <li><a class="link" [routerLink]="providers">Advocacy providers</a>: which local authorities each covers.</li>
      <li><a class="link" [routerLink]="advocates">Advocates</a>: provider, employing local authority, languages, caseload cap and availability.</li>
      <li><a class="link" [routerLink]="laStaff">LA staff</a>: the social workers and team managers of every local authority.</li>
    </ul>
  `,
})
export class PlatformAdministrationPage {
  protected readonly allocation = `${portalHome('ADMIN')}/allocation`;
  protected readonly users = `${portalHome('ADMIN')}/users`;
  protected readonly localAuthorities = `${portalHome('ADMIN')}/local-authorities`;
  protected readonly providers = `${portalHome('ADMIN')}/providers`;
  protected readonly advocates = `${portalHome('ADMIN')}/advocates`;
  protected readonly laStaff = `${portalHome('ADMIN')}/la-staff`;
}
