/**
 * Runs `work` over `inputs` with at most `limit` in flight, keeping the input order of the results.
 *
 * @example const pages = await mapLimit(shops, 16, (shop) => reports.shopDays(shop, from, to))
 */
export async function mapLimit<I, O>(
  inputs: readonly I[],
  limit: number,
  work: (input: I) => Promise<O>,
): Promise<O[]> {
  const out: O[] = new Array(inputs.length);
  let next = 0;
  const worker = async () => {
    while (next < inputs.length) {
      const index = next++;
      out[index] = await work(inputs[index] as I);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, inputs.length) }, worker));
  return out;
}
