package nl.autonomy.core.publiccode;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Whether a name written in publiccode.yml's {@code dependsOn} and a name Autonomy detected mean the
 * same thing. publiccode.yml names are free text ("PostgreSQL", "Microsoft Azure", "Amazon S3"), so
 * the test is on words: one name's significant words are all among the other's ("Azure" covers
 * "Azure Blob Storage"; "Microsoft" is covered by "Microsoft Azure"). Generic words ("database",
 * "service", "cloud") are not significant: "database" alone names nothing.
 */
final class DependsOnNames {

  private static final Set<String> GENERIC = Set.of("the", "and", "for", "of", "a", "an", "database", "db", "server",
      "service", "services", "storage", "cloud", "api", "apis", "sdk", "client", "platform", "software", "system");

  private DependsOnNames() {
  }

  static Set<String> words(String name) {
    if (name == null) {
      return Set.of();
    }
    return Arrays.stream(name.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
        .filter(w -> !w.isEmpty() && !GENERIC.contains(w)).collect(Collectors.toUnmodifiableSet());
  }

  /** The declared name's significant words are all among the detected name's ("PostgreSQL" in "org.postgresql:postgresql"). */
  static boolean within(String declared, String detected) {
    Set<String> a = words(declared);
    return !a.isEmpty() && words(detected).containsAll(a);
  }

  /** Both have significant words, and one's words are all among the other's. */
  static boolean same(String declared, String detected) {
    Set<String> a = words(declared);
    Set<String> b = words(detected);
    return !a.isEmpty() && !b.isEmpty() && (b.containsAll(a) || a.containsAll(b));
  }
}
