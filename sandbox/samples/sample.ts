// Sample calls: one valid call per tool against the seeded sandbox (admin key). The catalogue-wide tests (failure
// paths, upstream call counts) and the bench run every tool through them; a tool without one fails a test.

/** Tool name → arguments. */
export type SampleCalls = Record<string, Record<string, unknown>>;
