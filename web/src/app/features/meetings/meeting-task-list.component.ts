import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TaskListComponent } from '../../shared/ui/task-list.component';
import { meetingTasks, missedDecisionsTask, type MeetingTaskData, type MissedDecisionsData } from './meeting-tasks';

/**
 * The meeting's task list (GOV.UK "Task list"): each part of the meeting with its status, linked to its section on
 * this page. A link moves focus to the section's heading, so keyboard and screen reader users land where they read.
 */
@Component({
  selector: 'app-meeting-task-list',
  imports: [TaskListComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 class="heading-m" id="meeting-tasks">Meeting tasks</h2>
    <app-task-list idPrefix="meeting-task-" labelledBy="meeting-tasks" [tasks]="tasks()" />
  `,
})
export class MeetingTaskListComponent {
  readonly meeting = input.required<MeetingTaskData>();
  /** The meeting's parts, once loaded: decisions the child missed add a task until they are told. */
  readonly parts = input<MissedDecisionsData | null>(null);
  protected readonly tasks = computed(() => {
    const missed = missedDecisionsTask(this.parts());
    const tasks = meetingTasks(this.meeting());
    // Telling the child comes after the decisions, before completing the meeting.
    return missed === null ? tasks : [...tasks.slice(0, -1), missed, ...tasks.slice(-1)];
  });
}
