// The seeds that make a portfolio: the documents of their own under examples/agreements/
// (Arjeplog and Arvidsjaur's set, not its parts again). The givens' `documents` and the folder
// `avtal/` that a running snippet finds are these.
export const PORTFOLIO = ["arjeplog-arvidsjaur-set", "kavlinge-2019-2022", "kristianstad-2025-2028", "ostra-goinge-2016-2018", "ostra-goinge-2023-2026"] as const;
