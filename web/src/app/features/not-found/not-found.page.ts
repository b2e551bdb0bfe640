import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';

@Component({
  selector: 'app-not-found-page',
  imports: [RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1 class="heading-l">Page not found</h1>
    <p class="body">If you typed the web address, check it is correct.</p>
    <p class="body">If you pasted the web address, check you copied the entire address.</p>
    <p class="body"><a class="link" routerLink="/">Go to the home page</a></p>
  `,
})
export class NotFoundPage {}
