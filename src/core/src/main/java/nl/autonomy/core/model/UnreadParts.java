package nl.autonomy.core.model;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * How much of a codebase could not be read, in the terms a reader can check: Maven modules whose
 * dependencies could not be resolved, other files that could not be read, and problems tied to no
 * file — counted from the inventory's error problems (warnings lose nothing) — and components known
 * only from a declaration, whose exact version and own dependencies nobody has read.
 *
 * @param modules Maven modules (their {@code pom.xml}) with a resolution error
 * @param files other files with a read error
 * @param other error problems tied to no file
 * @param declared components known only from a manifest's declaration, without a lockfile
 *     ({@link Component#declaredOnly}); 0 in reports written before it was counted
 */
public record UnreadParts(int modules, int files, int other, int declared) {

  public static final UnreadParts NONE = new UnreadParts(0, 0, 0, 0);

  /** What could not be read, from the inventory's problems and its declared-only components. */
  public static UnreadParts of(Inventory inventory) {
    UnreadParts fromProblems = of(inventory.problems());
    return new UnreadParts(fromProblems.modules, fromProblems.files, fromProblems.other,
        inventory.declaredOnly());
  }

  /** What the error problems say could not be read. */
  public static UnreadParts of(List<Problem> problems) {
    Set<String> poms = new HashSet<>();
    Set<String> files = new HashSet<>();
    int other = 0;
    for (Problem p : problems) {
      if (p.severity() != Problem.Severity.ERROR) {
        continue;
      }
      if (p.location() == null || p.location().file() == null || p.location().file().isBlank()) {
        other++;
      } else if (p.location().file().endsWith("pom.xml")) {
        poms.add(p.location().file());
      } else {
        files.add(p.location().file());
      }
    }
    return new UnreadParts(poms.size(), files.size(), other, 0);
  }

  public boolean isEmpty() {
    return modules == 0 && files == 0 && other == 0 && declared == 0;
  }
}
