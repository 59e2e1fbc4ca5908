package nl.autonomy.core.catalog;

/**
 * One parsed catalog file. The positions of its values are indexed only when a problem must be
 * located: a valid catalog (the usual case) is parsed once.
 */
final class CatalogSource {

  private final String name;
  private final CatalogFile file;
  private final byte[] bytes;
  private LocationIndex index;

  CatalogSource(String name, CatalogFile file, byte[] bytes) {
    this.name = name;
    this.file = file;
    this.bytes = bytes;
  }

  String name() {
    return name;
  }

  CatalogFile file() {
    return file;
  }

  CatalogProblem problem(String pointer, String message) {
    if (index == null) {
      index = LocationIndex.of(bytes);
    }
    int[] at = index.at(pointer);
    return new CatalogProblem(name, at[0], at[1], message);
  }
}
