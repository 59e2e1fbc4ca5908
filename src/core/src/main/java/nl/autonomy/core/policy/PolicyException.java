package nl.autonomy.core.policy;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A policy (or baseline) that cannot be used: a configuration error, exit code 2 in the CLI.
 * Carries every mistake found, each with file, line and column.
 */
public final class PolicyException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient List<PolicyError> errors;

  public PolicyException(List<PolicyError> errors) {
    super(format(errors));
    this.errors = errors.stream().sorted().toList();
  }

  public PolicyException(PolicyError error) {
    this(List.of(error));
  }

  public PolicyException(Origin origin, String message) {
    this(new PolicyError(origin, "", message));
  }

  public List<PolicyError> errors() {
    return errors;
  }

  private static String format(List<PolicyError> errors) {
    return errors.stream().sorted().map(PolicyError::toString).collect(Collectors.joining("\n"));
  }
}
