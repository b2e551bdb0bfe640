import { ChangeDetectionStrategy, Component, DestroyRef, type ElementRef, Injector, afterNextRender, inject, viewChild } from '@angular/core';
import { NavigationEnd, Router, RouterOutlet } from '@angular/router';
import { HeaderComponent } from './header.component';
import { ServiceStatusBannerComponent } from './service-status-banner.component';

/** The page frame: skip link, header and navigation, the main landmark (the outage banner first) and footer. */
@Component({
  selector: 'app-shell',
  imports: [RouterOutlet, HeaderComponent, ServiceStatusBannerComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <a class="skip-link" href="#main-content" (click)="skipToMain($event)">Skip to main content</a>
    <app-header />
    <div class="main-wrapper">
      <div class="page-width">
        <main #main id="main-content" class="main" tabindex="-1">
          <app-service-status-banner />
          <router-outlet />
        </main>
      </div>
    </div>
    <footer class="footer">
      <div class="page-width">
        <p class="footer__text">Heard – independent advocacy for children in care in England.</p>
      </div>
    </footer>
  `,
})
export class ShellComponent {
  private readonly main = viewChild.required<ElementRef<HTMLElement>>('main');

  constructor() {
    const router = inject(Router);
    const injector = inject(Injector);
    let firstNavigation = true;
    const subscription = router.events.subscribe((event) => {
      if (!(event instanceof NavigationEnd)) return;
      if (firstNavigation) {
        firstNavigation = false;
        return;
      }
      // After an in-app page change, start keyboard and screen reader users at the new content.
      afterNextRender({ write: () => this.main().nativeElement.focus() }, { injector });
    });
    inject(DestroyRef).onDestroy(() => subscription.unsubscribe());
  }

  /** The base href would turn "#main-content" into a navigation to "/"; move focus ourselves. */
  protected skipToMain(event: MouseEvent): void {
    event.preventDefault();
    const main = this.main().nativeElement;
    main.focus();
    main.scrollIntoView();
  }
}
