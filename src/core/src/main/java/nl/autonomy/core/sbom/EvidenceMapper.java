package nl.autonomy.core.sbom;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import nl.autonomy.core.model.Component;
import nl.autonomy.core.model.Evidence;
import nl.autonomy.core.model.EvidenceKind;
import org.cyclonedx.model.component.evidence.Identity;
import org.cyclonedx.model.component.evidence.Method;
import org.cyclonedx.model.component.evidence.Occurrence;

/**
 * Evidence as CycloneDX 1.6 {@code evidence}: one occurrence per place a component was seen (file
 * relative to the scanned root, line where known, detector and excerpt as context), and, when the
 * component has a purl, an identity saying how sure Autonomy is of it and by which techniques.
 */
final class EvidenceMapper {

  private EvidenceMapper() {
  }

  static org.cyclonedx.model.Evidence map(Component c) {
    if (c.evidence().isEmpty()) {
      return null;
    }
    org.cyclonedx.model.Evidence evidence = new org.cyclonedx.model.Evidence();
    evidence.setOccurrences(occurrences(c.evidence()));
    if (c.purl() != null) {
      evidence.setIdentities(List.of(identity(c.purl(), c.evidence())));
    }
    return evidence;
  }

  private static List<Occurrence> occurrences(List<Evidence> sightings) {
    Set<String> seen = new LinkedHashSet<>();
    List<Occurrence> occurrences = new ArrayList<>();
    for (Evidence e : sightings) {
      String context = CdxText.clean(e.detector() + " " + e.kind().id() + (e.excerpt().isEmpty() ? "" : ": " + e.excerpt()));
      if (seen.add(e.location().file() + "\n" + e.location().line() + "\n" + context)) {
        Occurrence o = new Occurrence();
        o.setLocation(CdxText.clean(e.location().file()));
        if (e.location().line() > 0) {
          o.setLine(e.location().line());
        }
        o.setAdditionalContext(context);
        occurrences.add(o);
      }
    }
    return occurrences;
  }

  private static Identity identity(String purl, List<Evidence> sightings) {
    Map<Method.Technique, Evidence> strongest = new TreeMap<>();
    for (Evidence e : sightings) {
      strongest.merge(technique(e.kind()), e, (a, b) -> b.confidence() > a.confidence() ? b : a);
    }
    List<Method> methods = new ArrayList<>();
    strongest.forEach((technique, e) -> {
      Method m = new Method();
      m.setTechnique(technique);
      m.setConfidence(e.confidence());
      m.setValue(CdxText.clean(e.location().toString()));
      methods.add(m);
    });
    Identity identity = new Identity();
    identity.setField(Identity.Field.PURL);
    identity.setConcludedValue(CdxText.clean(purl));
    identity.setConfidence(sightings.stream().mapToDouble(Evidence::confidence).max().orElse(0));
    identity.setMethods(methods);
    return identity;
  }

  private static Method.Technique technique(EvidenceKind kind) {
    return switch (kind) {
      case MANIFEST, LOCKFILE, CONTAINER -> Method.Technique.MANIFEST_ANALYSIS;
      case IMPORT, ENDPOINT, IAC, CI -> Method.Technique.SOURCE_CODE_ANALYSIS;
      case ARCHIVE -> Method.Technique.BINARY_ANALYSIS;
      case SBOM -> Method.Technique.OTHER;
    };
  }
}
