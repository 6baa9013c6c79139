/** How much content the seed makes, over how long, and from which random seed. */
export interface Volume {
  articles: number;
  documents: number;
  /** Items are dated back over this many days from the seed's epoch. */
  historyDays: number;
  /** The share of articles the city portal posts; the wards post the rest. */
  cityArticleShare: number;
  /** The share of legal documents the city's People's Committee issues. */
  cityDocumentShare: number;
  /** The share of the city's documents that are normative (văn bản quy phạm pháp luật). */
  normativeShareOfCity: number;
  /** Another seed number gives other, equally realistic, data; the same number always the same data. */
  seed: number;
}

/** The demo: about 300 articles and 60 generated documents per scale step, over three years. */
export const demoVolume = (scale: number): Volume => ({
  articles: 300 * scale,
  documents: 60 * scale,
  historyDays: 3 * 365,
  cityArticleShare: 0.35,
  cityDocumentShare: 0.4,
  normativeShareOfCity: 0.1,
  seed: 0,
});

/**
 * Ten years at the volumes of the board's 2023 report (seed 001): about 1,700 articles a year on
 * the city portal plus the wards' own (≈ 20,000), and about 100 normative and 3,900 administrative
 * documents a year (≈ 40,000). For the benchmarks (docs/benchmarks.md).
 */
export const tenYearVolume = (seed = 1): Volume => ({
  articles: 20_000,
  documents: 40_000,
  historyDays: 3652,
  cityArticleShare: 0.85,
  cityDocumentShare: 0.4,
  // 100 normative of 4,000 a year, all issued by the city: 2.5 % of all, 6.25 % of the city's.
  normativeShareOfCity: 0.0625,
  seed,
});

/** Offsets a generator's base seed by the volume's seed number, far enough that runs never overlap. */
export const seedOffset = (volume: Volume): number => volume.seed * 100_000_000;
