package nl.autonomy.core.policy;

import java.util.Objects;

/**
 * One mistake in a policy file, where it is and what to write instead.
 *
 * @param origin file, line and column
 * @param path the JSON pointer of the offending value ({@code /rules/0/severity}), or empty
 * @param message what is wrong, with the allowed values where there is a fixed set
 */
public record PolicyError(Origin origin, String path, String message) implements Comparable<PolicyError> {

  public PolicyError {
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(message, "message");
    path = path == null ? "" : path;
  }

  @Override
  public int compareTo(PolicyError o) {
    int c = origin.file().compareTo(o.origin.file());
    if (c != 0) {
      return c;
    }
    c = Integer.compare(origin.line(), o.origin.line());
    if (c != 0) {
      return c;
    }
    c = Integer.compare(origin.column(), o.origin.column());
    return c != 0 ? c : message.compareTo(o.message);
  }

  /** {@code file:line:column: message}, the form editors jump to. */
  @Override
  public String toString() {
    return origin + ": " + (path.isEmpty() ? "" : path + ": ") + message;
  }
}
