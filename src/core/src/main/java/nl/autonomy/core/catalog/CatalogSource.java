package nl.autonomy.core.catalog;

/** One parsed catalog file with the positions of its values, for checks that need both. */
record CatalogSource(String name, CatalogFile file, LocationIndex index) {

  CatalogProblem problem(String pointer, String message) {
    int[] at = index.at(pointer);
    return new CatalogProblem(name, at[0], at[1], message);
  }
}
