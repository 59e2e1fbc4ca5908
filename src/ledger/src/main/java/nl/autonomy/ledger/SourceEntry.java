package nl.autonomy.ledger;

import java.util.Objects;
import nl.autonomy.core.portfolio.Application;

/**
 * One source of a portfolio scan and the application it belongs to.
 *
 * @param source a folder, an archive, or a git URL ({@code URL#REF} for a branch, tag or commit)
 * @param application the application, named by the list or after the source
 */
public record SourceEntry(String source, Application application) {

  public SourceEntry {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(application, "application");
  }

  /** A source named on the command line: its application is named after it. */
  public static SourceEntry of(String source) {
    return new SourceEntry(source, Application.named(defaultName(source)));
  }

  /**
   * The last path segment, without {@code .git} or an archive extension, and without the ref:
   * {@code https://github.com/org/parkeren.git#v2} is {@code parkeren}.
   */
  static String defaultName(String source) {
    String s = source;
    int hash = s.indexOf('#');
    if (hash > 0) {
      s = s.substring(0, hash);
    }
    s = s.replaceAll("[/\\\\]+$", "");
    String name = s.substring(Math.max(s.lastIndexOf('/'), s.lastIndexOf('\\')) + 1);
    name = name.replaceAll("(?i)\\.(git|zip|jar|war|ear|tar|tgz|tar\\.gz)$", "");
    return name.isEmpty() ? source : name;
  }
}
