package nl.autonomy.core.sbom;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.autonomy.core.model.PropertyNames;
import org.cyclonedx.Format;
import org.cyclonedx.model.Bom;
import org.cyclonedx.model.Component;
import org.cyclonedx.model.Dependency;
import org.cyclonedx.model.Property;

/**
 * The last line of defence of "one odd value must not lose the whole scan". Values from scanned
 * files are made valid when they are mapped ({@link CdxText}); should a component still fail the
 * schema, only that component is left out — found by halving the component list, in both formats
 * so the JSON and the XML BOM stay the same BOM — and named as an error in the metadata, with the
 * BOM marked incomplete. The BOM and every other component survive.
 */
final class BomFitter {

  /** Whether a BOM passes the schema in both formats; a seam for tests. */
  interface Check {
    boolean valid(Bom bom) throws IOException;
  }

  static final Check SCHEMA = bom -> validIn(bom, Format.JSON) && validIn(bom, Format.XML);

  private BomFitter() {
  }

  /**
   * The BOM without the components that cannot be written validly.
   *
   * @throws BomValidationException when something other than a component is invalid: a bug
   */
  static Bom fit(Bom bom, Check check, BomValidationException failure) throws IOException {
    List<Component> components = bom.getComponents() == null ? List.of() : bom.getComponents();
    List<Component> bad = new ArrayList<>();
    collectBad(bom, components, check, bad);
    if (bad.isEmpty()) {
      throw failure;
    }
    Set<String> badRefs = new HashSet<>();
    bad.forEach(c -> badRefs.add(c.getBomRef()));
    bom.setComponents(components.stream().filter(c -> !badRefs.contains(c.getBomRef())).toList());
    if (bom.getDependencies() != null) {
      bom.setDependencies(bom.getDependencies().stream()
          .filter(d -> !badRefs.contains(d.getRef()))
          .map(d -> without(d, badRefs))
          .toList());
    }
    note(bom, bad);
    bom.setSerialNumber(SerialNumbers.of(bom));
    if (!check.valid(bom)) {
      throw failure;
    }
    return bom;
  }

  private static void collectBad(Bom bom, List<Component> part, Check check, List<Component> bad) throws IOException {
    if (part.isEmpty() || check.valid(withOnly(bom, part))) {
      return;
    }
    if (part.size() == 1) {
      bad.add(part.get(0));
      return;
    }
    int half = part.size() / 2;
    collectBad(bom, part.subList(0, half), check, bad);
    collectBad(bom, part.subList(half, part.size()), check, bad);
  }

  /** The BOM's metadata with only {@code components}: what is judged is these components alone. */
  private static Bom withOnly(Bom bom, List<Component> components) {
    Bom part = new Bom();
    part.setVersion(bom.getVersion());
    part.setSerialNumber(bom.getSerialNumber());
    part.setMetadata(bom.getMetadata());
    part.setComponents(List.copyOf(components));
    return part;
  }

  private static Dependency without(Dependency d, Set<String> refs) {
    if (d.getDependencies() == null) {
      return d;
    }
    Dependency copy = new Dependency(d.getRef());
    d.getDependencies().stream().filter(x -> !refs.contains(x.getRef())).forEach(copy::addDependency);
    return copy;
  }

  private static void note(Bom bom, List<Component> bad) {
    List<Property> properties = new ArrayList<>(bom.getMetadata().getProperties() == null
        ? List.of() : bom.getMetadata().getProperties());
    properties.removeIf(p -> p.getName().equals(PropertyNames.COMPLETE));
    properties.add(new Property(PropertyNames.COMPLETE, "false"));
    for (Component c : bad) {
      String name = c.getPurl() != null ? c.getPurl() : c.getBomRef();
      properties.add(new Property(PropertyNames.PROBLEM, CdxText.clean("error: the component " + shorten(name)
          + " cannot be written as valid CycloneDX 1.6; it is left out of this SBOM (see report.json)")));
    }
    bom.getMetadata().setProperties(properties);
    if (bom.getCompositions() != null) {
      bom.getCompositions().forEach(comp -> comp.setAggregate(org.cyclonedx.model.Composition.Aggregate.INCOMPLETE));
    }
  }

  private static String shorten(String s) {
    return s.length() > 200 ? s.substring(0, 199) + "…" : s;
  }

  private static boolean validIn(Bom bom, Format format) throws IOException {
    try {
      java.nio.file.Path file = java.nio.file.Files.createTempFile("autonomy-bom-", ".check");
      try {
        BomRenderer.renderExactly(bom, format, file);
      } finally {
        java.nio.file.Files.deleteIfExists(file);
      }
      return true;
    } catch (BomValidationException e) {
      return false;
    }
  }
}
