import './zod-config.js'; // must stay the first import: see the file
import type { Context } from 'aws-lambda';
import { handleLambdaEvent } from './lambda-adapter.js';

/** AWS Lambda entry point (Function URL, API Gateway HTTP API v2 and REST v1 events). */
export const handler = (event: unknown, context: Context) => handleLambdaEvent(event, context);
