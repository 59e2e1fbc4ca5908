package nl.autonomy.core.policy;

import static nl.autonomy.core.policy.Attribute.*;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Why a component rule failed on a component, as the facts the rule's condition tested: the key
 * findings are grouped by, so that one cause is one finding however many components share it.
 * Which component it is (its name, purl, version) is never part of the cause, only whether the
 * condition found such a fact; the ecosystem always is (a lockfile format that carries no license is
 * one cause per ecosystem), and so are the license expression and the vendor for rules on licenses
 * and vendors (two products under the same source-available license family are two causes if their
 * vendors differ).
 */
final class RootCause {

  /** Identity, not cause: only their presence matters ({@code component.version: null}). */
  private static final Set<Attribute> IDENTITY = Set.of(COMPONENT_REF, COMPONENT_PURL, COMPONENT_NAME,
      COMPONENT_GROUP, COMPONENT_VERSION);
  /** Where a component shows, not why it fails. */
  private static final Set<Attribute> PLACE = Set.of(EVIDENCE_FILE, EVIDENCE_COUNT);

  private RootCause() {
  }

  /** {@code component.ecosystem=npm; license.known=false}: the cause of {@code rule} on {@code item}. */
  static String of(Rule rule, Item item) {
    Set<Attribute> tested = new TreeSet<>(Comparator.comparing(Attribute::key));
    tested.addAll(rule.when().attributes());
    tested.add(COMPONENT_ECOSYSTEM);
    if (tested.stream().anyMatch(a -> a.key().startsWith("license."))) {
      tested.add(LICENSE_EXPRESSION);
    }
    if (tested.stream().anyMatch(a -> a.key().startsWith("vendor."))) {
      tested.add(VENDOR_ID);
    }
    List<String> parts = new ArrayList<>();
    for (Attribute a : tested) {
      List<String> values = item.facts().values(a);
      if (PLACE.contains(a)) {
        continue;
      }
      if (IDENTITY.contains(a)) {
        if (values.isEmpty()) {
          parts.add(a.key() + " unknown");
        }
      } else if (!values.isEmpty()) {
        parts.add(a.key() + "=" + String.join(",", values.stream().sorted().toList()));
      }
    }
    return String.join("; ", parts);
  }
}
