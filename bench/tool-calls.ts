/** TiFlux calls per tool, cold and warm (issue 4). Filled in once the tools and the sandbox land. */
export async function runToolCallCounts(): Promise<void> {}
