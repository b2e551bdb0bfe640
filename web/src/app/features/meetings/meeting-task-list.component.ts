import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { meetingTasks, type MeetingTask, type MeetingTaskData } from './meeting-tasks';

/**
 * The meeting's task list (GOV.UK "Task list"): each part of the meeting with its status, linked to its section on
 * this page. A link moves focus to the section's heading, so keyboard and screen reader users land where they read.
 */
@Component({
  selector: 'app-meeting-task-list',
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .task-list {
      list-style: none;
      margin: 0 0 30px;
      padding: 0;
      border-top: 1px solid #b1b4b6;
    }
    .task-list__item {
      display: flex;
      flex-wrap: wrap;
      justify-content: space-between;
      gap: 5px 20px;
      padding: 10px 0;
      border-bottom: 1px solid #b1b4b6;
    }
    .task-list__name {
      flex: 1 1 14rem;
    }
    .task-list__hint {
      margin: 5px 0 0;
    }
    .task-list__status {
      flex: 0 0 auto;
    }
  `,
  template: `
    <h2 class="heading-m" id="meeting-tasks">Meeting tasks</h2>
    <ul class="task-list" aria-labelledby="meeting-tasks">
      @for (t of tasks(); track t.name; let i = $index) {
        <li class="task-list__item">
          <div class="task-list__name">
            @if (t.section; as section) {
              <a class="link" [href]="href(section)" [attr.aria-describedby]="describedBy(t, i)" (click)="go($event, section)">{{ t.name }}</a>
            } @else {
              <span [attr.aria-describedby]="describedBy(t, i)">{{ t.name }}</span>
            }
            @if (t.hint; as hint) {
              <p class="hint task-list__hint" [id]="'meeting-task-hint-' + i">{{ hint }}</p>
            }
          </div>
          <div class="task-list__status" [id]="'meeting-task-status-' + i">
            @if (t.status === 'Completed' || t.status === 'Cannot start yet') {
              {{ t.status }}
            } @else {
              <strong class="tag tag--blue">{{ t.status }}</strong>
            }
          </div>
        </li>
      }
    </ul>
  `,
})
export class MeetingTaskListComponent {
  private readonly document = inject(DOCUMENT);
  readonly meeting = input.required<MeetingTaskData>();
  protected readonly tasks = computed(() => meetingTasks(this.meeting()));

  protected href(section: string): string {
    return `${this.document.location.pathname}#${section}`;
  }

  protected describedBy(t: MeetingTask, index: number): string {
    return [`meeting-task-status-${index}`, t.hint === null ? null : `meeting-task-hint-${index}`].filter((id) => id !== null).join(' ');
  }

  /** Focus the section's heading rather than follow the link, so the router leaves the page alone. */
  protected go(event: MouseEvent, section: string): void {
    const target = this.document.getElementById(section);
    if (target === null) return;
    event.preventDefault();
    target.focus();
    target.scrollIntoView({ block: 'start' });
  }
}
