import { ChangeDetectionStrategy, Component, DOCUMENT, inject, input } from '@angular/core';

/** A task's status, as GOV.UK's task list names them. */
export type TaskStatus = 'COMPLETED' | 'INCOMPLETE' | 'NOT_STARTED';

export interface TaskListItem {
  /** The id of the element the task's link moves to (a section heading with `tabindex="-1"`). */
  readonly targetId: string;
  readonly title: string;
  readonly hint: string | null;
  readonly status: TaskStatus;
}

const STATUS: Readonly<Record<TaskStatus, { label: string; tag: string }>> = {
  COMPLETED: { label: 'Completed', tag: 'tag--green' },
  INCOMPLETE: { label: 'Incomplete', tag: 'tag--blue' },
  NOT_STARTED: { label: 'Not yet started', tag: 'tag--grey' },
};

/**
 * The GOV.UK task list: each task a row with its link and its status as a tag. A task's link moves focus to the part
 * of the page it names, so a long form can be worked through in any order.
 */
@Component({
  selector: 'app-task-list',
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .task-list {
      margin: 0 0 30px;
      padding: 0;
      list-style: none;
      border-top: 1px solid #b1b4b6;
    }
    .task-list__item {
      display: flex;
      flex-wrap: wrap;
      justify-content: space-between;
      gap: 5px 15px;
      padding: 10px 0;
      border-bottom: 1px solid #b1b4b6;
    }
    .task-list__item:hover {
      background: #f3f2f1;
    }
    .task-list__name {
      flex: 1 1 15em;
    }
    .task-list__hint {
      margin: 5px 0 0;
      color: #505a5f;
    }
    .task-list__status {
      flex: 0 0 auto;
    }
  `,
  template: `
    <ul class="task-list">
      @for (task of tasks(); track task.targetId) {
        <li class="task-list__item">
          <div class="task-list__name">
            <a class="link" [href]="'#' + task.targetId" [attr.aria-describedby]="describedBy(task)" (click)="goTo($event, task.targetId)">{{ task.title }}</a>
            @if (task.hint; as hint) {
              <p class="task-list__hint" [id]="task.targetId + '-task-hint'">{{ hint }}</p>
            }
          </div>
          <div class="task-list__status" [id]="task.targetId + '-task-status'">
            <strong [class]="tag(task)">{{ label(task) }}</strong>
          </div>
        </li>
      }
    </ul>
  `,
})
export class TaskListComponent {
  readonly tasks = input.required<readonly TaskListItem[]>();
  private readonly document = inject(DOCUMENT);

  protected label(task: TaskListItem): string {
    return STATUS[task.status].label;
  }

  protected tag(task: TaskListItem): string {
    return `tag ${STATUS[task.status].tag}`;
  }

  protected describedBy(task: TaskListItem): string {
    return [task.hint === null ? null : `${task.targetId}-task-hint`, `${task.targetId}-task-status`].filter((id) => id !== null).join(' ');
  }

  /** Moves focus to the task's part of the page, staying on the page (the router's base would otherwise leave it). */
  protected goTo(event: MouseEvent, targetId: string): void {
    event.preventDefault();
    const target = this.document.getElementById(targetId);
    if (target === null) return;
    target.scrollIntoView();
    target.focus({ preventScroll: true });
  }
}
