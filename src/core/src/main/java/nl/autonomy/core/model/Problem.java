package nl.autonomy.core.model;

import java.util.Locale;
import java.util.Objects;
import nl.autonomy.core.text.Urls;

/**
 * Something that could not be read or resolved. Problems never stop a scan; they make it
 * incomplete and are listed in every report.
 *
 * @param severity {@link Severity#ERROR} when results are missing because of it
 * @param source the detector or stage that met it
 * @param location file and line where known, or null when it concerns no file
 * @param message what went wrong and what to do, for a person
 * @param subject the coordinate or purl concerned, or null
 */
public record Problem(Severity severity, String source, Location location, String message, String subject)
    implements Comparable<Problem> {

  /** How bad a problem is for the completeness of the result. */
  public enum Severity implements Identified {
    WARNING, ERROR;

    @Override
  public String id() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public Problem {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(message, "message");
    message = Urls.redact(message);
  }

  public static Problem error(String source, Location location, String message) {
    return new Problem(Severity.ERROR, source, location, message, null);
  }

  public static Problem warning(String source, Location location, String message) {
    return new Problem(Severity.WARNING, source, location, message, null);
  }

  @Override
  public int compareTo(Problem o) {
    String a = location == null ? "" : location.toString();
    String b = o.location == null ? "" : o.location.toString();
    int c = a.compareTo(b);
    if (c != 0) {
      return c;
    }
    c = source.compareTo(o.source);
    return c != 0 ? c : message.compareTo(o.message);
  }

  @Override
  public String toString() {
    return (location == null ? "" : location + ": ") + severity.id() + ": " + message;
  }
}
