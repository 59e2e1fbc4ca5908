package nl.autonomy.core.lockin.bench;

/**
 * One claim of the scanner, or one labelled fact, at a place in a benchmark repository.
 *
 * @param repo the benchmark repository (folder under {@code bench/lockin/repos})
 * @param file path relative to the repository
 * @param line 1-based line; 0 for evidence about a whole file (a CI file, a WebJob's settings.job)
 * @param service catalog service id
 * @param family signal family: imports, endpoints, endpoint-override, iac, kubernetes, containers, ci
 * @param scope {@code ship} (runtime or provided), {@code build}, {@code test}; for labels also
 *     {@code none}: a trap, nothing may be reported there
 */
record Sighting(String repo, String file, int line, String service, String family, String scope) {

  Sighting withScope(String value) {
    return new Sighting(repo, file, line, service, family, value);
  }

  String place() {
    return repo + "\t" + file + "\t" + line + "\t" + service;
  }

  String tsv() {
    return place() + "\t" + family + "\t" + scope;
  }

  /** {@code signals.endpoint-override} becomes {@code endpoint-override}. */
  static String familyOf(String detector) {
    return detector.startsWith("signals.") ? detector.substring("signals.".length()) : detector;
  }

  /** The label scope of an evidence scope: runtime and provided ship. */
  static String scopeOf(String evidenceScope) {
    return switch (evidenceScope) {
      case "runtime", "provided" -> "ship";
      default -> evidenceScope;
    };
  }
}
