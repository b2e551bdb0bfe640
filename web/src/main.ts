import { bootstrapApplication } from '@angular/platform-browser';
import { AppComponent } from './app/app.component';
import { appConfig } from './app/app.config';

bootstrapApplication(AppComponent, appConfig).catch((error: unknown) => {
  const message = document.createElement('p');
  message.className = 'app-loading';
  message.textContent = 'Sorry, Heard could not start. Reload the page, or try again later.';
  document.querySelector('app-root')?.replaceChildren(message);
  // eslint-disable-next-line no-console -- the only trace of a failed start-up for whoever debugs it
  console.error(error);
});
