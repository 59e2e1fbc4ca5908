package nl.autonomy.core.source;

/**
 * A git URL and the ref to scan: {@code URL#REF} or {@code URL} with {@code --ref REF}.
 *
 * @param url the URL to clone (credentials and all, never shown)
 * @param ref branch, tag or commit id, or null for the default branch
 */
record GitSource(String url, String ref) {

  static GitSource parse(String input, String option) throws SourceException {
    int hash = input.lastIndexOf('#');
    String url = hash < 0 ? input : input.substring(0, hash);
    String inUrl = hash < 0 ? null : blankToNull(input.substring(hash + 1));
    String ref = blankToNull(option);
    if (inUrl != null && ref != null && !inUrl.equals(ref)) {
      throw new SourceException("two refs for " + GitInfo.stripCredentials(url) + ": #" + inUrl + " and --ref " + ref);
    }
    String chosen = ref != null ? ref : inUrl;
    if (chosen != null && (chosen.startsWith("-") || chosen.contains("..") || chosen.chars().anyMatch(Character::isWhitespace))) {
      throw new SourceException("'" + chosen + "' is not a branch, tag or commit id");
    }
    return new GitSource(url, chosen);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }

  /** What the provenance records as the source: the URL without credentials, with the ref asked for. */
  String shown() {
    return GitInfo.stripCredentials(url) + (ref == null ? "" : "#" + ref);
  }
}
