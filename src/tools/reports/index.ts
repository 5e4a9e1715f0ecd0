/** The `reports` family: comparisons and totals across tickets (docs/reports.md). One line per report. */
import type { ToolDefinition } from '../define-tool.js';
import { chatReportTools } from './chat-reports.js';
import { getTicketsComparison } from './get-tickets-comparison.js';
import { getTicketsFeedbackReport } from './get-tickets-feedback-report.js';
import { listAppointmentsReport } from './list-appointments-report.js';

export const reportTools: readonly ToolDefinition[] = [
  getTicketsComparison,
  getTicketsFeedbackReport,
  listAppointmentsReport,
  ...chatReportTools,
];
