package nl.autonomy.core.detect.support;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.autonomy.core.model.Component;
import nl.autonomy.core.model.Scope;

/**
 * Joins the sightings of one package into one component: the same package found through two
 * manifests (a pom.xml and a Gradle lockfile, a package.json and its lockfile) is one component
 * with two pieces of evidence.
 */
public final class ComponentMerger {

  private ComponentMerger() {
  }

  /** One component per ref, in ref order. */
  public static List<Component> merge(Collection<Component> components) {
    Map<String, Component> byRef = new LinkedHashMap<>();
    for (Component c : components) {
      byRef.merge(c.ref(), c, ComponentMerger::join);
    }
    List<Component> out = new ArrayList<>(byRef.values());
    out.sort(java.util.Comparator.comparing(Component::ref));
    return out;
  }

  static Component join(Component a, Component b) {
    Component.Builder m = a.toBuilder()
        .scope(widest(a.scope(), b.scope()))
        .direct(a.direct() || b.direct())
        .optional(a.optional() && b.optional())
        .evidence(b.evidence());
    if (a.version() == null) {
      m.version(b.version());
    }
    if (a.organization() == null || a.organization().isEmpty()) {
      m.organization(b.organization());
    }
    if (a.purl() == null) {
      m.purl(b.purl());
    }
    b.declaredLicenses().stream().filter(l -> !a.declaredLicenses().contains(l)).forEach(m::declaredLicense);
    // hashes of delivered bytes describe what ships; a repository copy's only what was published
    boolean bDelivered = "delivered".equals(b.properties().get("autonomy:hash:source"))
        && !"delivered".equals(a.properties().get("autonomy:hash:source"));
    b.hashes().forEach((k, v) -> {
      if (bDelivered || !a.hashes().containsKey(k)) {
        m.hash(k, v);
      }
    });
    b.properties().forEach((k, v) -> {
      if (!a.properties().containsKey(k)) {
        m.property(k, v);
      }
    });
    b.services().forEach(m::service);
    b.copyrights().forEach(m::copyright);
    return m.build();
  }

  /** The scope that ships wins: runtime over provided over build over test. */
  static Scope widest(Scope a, Scope b) {
    return a.ordinal() <= b.ordinal() ? a : b;
  }
}
