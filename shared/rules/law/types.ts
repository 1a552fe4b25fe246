/** One article as quoted in the project's law data (see `articles.ts`). */
export interface LawArticleData {
  /** The article number as an integer (第二十五条 → 25). */
  readonly number: number;
  /** The heading as printed, e.g. `第二十五条`. */
  readonly heading: string;
  /** Paragraphs (款) in order; numbered items (项) belong to the paragraph that introduces them. */
  readonly paragraphs: readonly { readonly text: string; readonly items?: readonly string[] }[];
}
