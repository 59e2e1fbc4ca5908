package nl.autonomy.core.publiccode;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import nl.autonomy.core.model.Component;
import nl.autonomy.core.model.Inventory;
import nl.autonomy.core.model.LockInLevel;
import nl.autonomy.core.model.PublicCode;
import nl.autonomy.core.model.ServiceReach;
import nl.autonomy.core.model.Service;

/**
 * Cross-checks the {@code dependsOn} of a codebase's publiccode.yml against what the scan found: a
 * service run by a vendor that the code uses but publiccode.yml does not declare, and a declared
 * dependency the scan found no trace of. Hardware is never "not found": code does not show it.
 */
public final class DependsOnCheck {

  private final Inventory inventory;

  public DependsOnCheck(Inventory inventory) {
    this.inventory = inventory;
  }

  /** Whether there is a publiccode.yml to check against. */
  public boolean applies() {
    return !inventory.publicCode().isEmpty();
  }

  /**
   * Whether publiccode.yml declares the service (in any of its lists), by the service's name, id,
   * or its provider's name or owner; empty when there is no publiccode.yml.
   */
  public Optional<Boolean> declared(Service service) {
    if (!applies()) {
      return Optional.empty();
    }
    return Optional.of(declarations().anyMatch(d -> matches(d.name(), service)));
  }

  /**
   * A service the vendor runs for the code: its own API or a standard protocol spoken to the
   * vendor, used by shipped code (not only in tests, not only through another library, not an open
   * protocol spoken to another provider, not a CI service or one seen only in build files).
   * publiccode.yml should declare it under {@code proprietary}.
   */
  public static boolean vendorRun(Service s) {
    return s.lockIn() != LockInLevel.SELF_HOSTABLE && !"ci".equals(s.category())
        && ServiceReach.reachedByShippedCode(s);
  }

  /** Declared open and proprietary dependencies the scan found no service or component for, as "name (file:line)". */
  public List<String> notFound() {
    List<String> out = new ArrayList<>();
    for (PublicCode p : inventory.publicCode()) {
      for (PublicCode.Dependency d : p.dependsOn()) {
        if (d.kind() == PublicCode.Kind.HARDWARE) {
          continue;
        }
        boolean found = inventory.services().stream().anyMatch(s -> matches(d.name(), s))
            || inventory.components().stream().anyMatch(c -> matches(d.name(), c));
        if (!found) {
          out.add(d.name() + " (" + p.file() + ":" + d.line() + ")");
        }
      }
    }
    return out;
  }

  private Stream<PublicCode.Dependency> declarations() {
    return inventory.publicCode().stream().flatMap(p -> p.dependsOn().stream());
  }

  static boolean matches(String declared, Service s) {
    return DependsOnNames.same(declared, s.name()) || DependsOnNames.same(declared, s.id().replace('-', ' '))
        || (s.provider() != null && s.provider().isKnown() && (DependsOnNames.same(declared, s.provider().name())
            || DependsOnNames.same(declared, s.provider().owner())));
  }

  /** One way only: a component named "core" must not count as every declared "… Core …". */
  static boolean matches(String declared, Component c) {
    return DependsOnNames.within(declared, c.coordinates());
  }
}
