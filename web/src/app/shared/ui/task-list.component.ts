import { ChangeDetectionStrategy, Component, DOCUMENT, inject, input } from '@angular/core';
import { TASK_STATUS, taskStatusLabel, type TaskListItem } from './task-status';

export type { TaskListItem, TaskStatus } from './task-status';

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
    <ul class="task-list" [attr.aria-labelledby]="labelledBy()">
      @for (task of tasks(); track task.title; let i = $index) {
        <li class="task-list__item">
          <div class="task-list__name">
            @if (task.targetId; as targetId) {
              <a class="link" [href]="'#' + targetId" [attr.aria-describedby]="describedBy(task, i)" (click)="goTo($event, targetId)">{{ task.title }}</a>
            } @else {
              <span [attr.aria-describedby]="describedBy(task, i)">{{ task.title }}</span>
            }
            @if (task.hint; as hint) {
              <p class="task-list__hint" [id]="idPrefix() + i + '-hint'">{{ hint }}</p>
            }
          </div>
          <div class="task-list__status" [id]="idPrefix() + i + '-status'">
            <strong [class]="tag(task)">{{ label(task) }}</strong>
          </div>
        </li>
      }
    </ul>
  `,
})
export class TaskListComponent {
  readonly tasks = input.required<readonly TaskListItem[]>();
  /** Prefixes the ids of each row's hint and status, so two lists on one page never share an id. */
  readonly idPrefix = input('task-');
  /** The id of the heading that names the list, so it is announced (and found) by that name. */
  readonly labelledBy = input<string | null>(null);
  private readonly document = inject(DOCUMENT);

  protected label(task: TaskListItem): string {
    return taskStatusLabel(task.status);
  }

  protected tag(task: TaskListItem): string {
    return `tag ${TASK_STATUS[task.status].tag}`;
  }

  protected describedBy(task: TaskListItem, index: number): string {
    const prefix = `${this.idPrefix()}${index}`;
    return [task.hint === null ? null : `${prefix}-hint`, `${prefix}-status`].filter((id) => id !== null).join(' ');
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
