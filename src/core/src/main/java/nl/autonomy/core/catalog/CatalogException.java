package nl.autonomy.core.catalog;

import java.util.List;

/**
 * A catalog could not be loaded: a configuration error the user must fix (the CLI exits with 2).
 * The message lists every problem as {@code file:line:column: message}.
 */
public final class CatalogException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient List<CatalogProblem> problems;

  public CatalogException(List<CatalogProblem> problems) {
    super(message(problems));
    this.problems = List.copyOf(problems);
  }

  public List<CatalogProblem> problems() {
    return problems;
  }

  /** File of the first problem. */
  public String file() {
    return problems.get(0).file();
  }

  public int line() {
    return problems.get(0).line();
  }

  public int column() {
    return problems.get(0).column();
  }

  private static String message(List<CatalogProblem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a catalog exception needs at least one problem");
    }
    StringBuilder sb = new StringBuilder("invalid catalog:");
    problems.stream().sorted().forEach(p -> sb.append(System.lineSeparator()).append("  ").append(p));
    return sb.toString();
  }
}
