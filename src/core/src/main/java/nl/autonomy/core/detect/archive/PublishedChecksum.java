package nl.autonomy.core.detect.archive;

/**
 * The SHA-1 a Maven repository publishes for an artifact, and where Autonomy learnt it.
 *
 * @param sha1 lower-case hex
 * @param source {@code local-repository} (a {@code .sha1} file, or the copy Maven downloaded from
 *     Central) or {@code maven-central}
 */
record PublishedChecksum(String sha1, String source) {

  static final String LOCAL = "local-repository";
  static final String CENTRAL = "maven-central";

  /** The first token of a {@code .sha1} file (some add the file name after it), or null. */
  static String parse(String text) {
    String first = text.strip().split("\\s+", 2)[0].toLowerCase(java.util.Locale.ROOT);
    return first.matches("[0-9a-f]{40}") ? first : null;
  }
}
