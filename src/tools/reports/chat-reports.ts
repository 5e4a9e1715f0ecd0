/** The chat report of the `reports` toolset; the integrator folds it into the reports family's index. */
import type { ToolDefinition } from '../define-tool.js';
import { getChatsFeedbackReport } from './get-chats-feedback-report.js';

export const chatReportTools: readonly ToolDefinition[] = [getChatsFeedbackReport];
