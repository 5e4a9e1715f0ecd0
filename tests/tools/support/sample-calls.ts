/** The sample calls live beside the sandbox data they are valid against (sandbox/samples/). */
export { SAMPLE_CALLS } from '../../../sandbox/samples/index.js';
