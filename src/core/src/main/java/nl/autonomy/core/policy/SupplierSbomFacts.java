package nl.autonomy.core.policy;

import static nl.autonomy.core.policy.Attribute.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import nl.autonomy.core.model.Component;
import nl.autonomy.core.model.Evidence;
import nl.autonomy.core.model.EvidenceKind;
import nl.autonomy.core.model.Location;
import nl.autonomy.core.model.SbomQuality;
import nl.autonomy.core.model.Scope;
import nl.autonomy.core.model.SupplierSbom;
import nl.autonomy.core.quality.SbomTruth;

/** The facts about supplier SBOMs that rules test: their quality (project) and their truth (components). */
final class SupplierSbomFacts {

  private SupplierSbomFacts() {
  }

  /** A standard is met only when every supplied SBOM meets it; absent when none was supplied. */
  static void project(Facts.Builder facts, List<SupplierSbom> sboms) {
    facts.put(SBOM_SUPPLIED, !sboms.isEmpty());
    if (sboms.isEmpty()) {
      return;
    }
    facts.put(SBOM_VALID, sboms.stream().allMatch(SupplierSbom::valid));
    for (SupplierSbom s : sboms) {
      facts.put(SBOM_FILE, s.file()).put(SBOM_FORMAT, s.formatName());
    }
    standard(facts, sboms, "ntia", SBOM_NTIA_CONFORMANT, SBOM_NTIA_MISSING);
    standard(facts, sboms, "bsi", SBOM_BSI_CONFORMANT, SBOM_BSI_MISSING);
    standard(facts, sboms, "cra", SBOM_CRA_CONFORMANT, SBOM_CRA_MISSING);
  }

  private static void standard(Facts.Builder facts, List<SupplierSbom> sboms, String id, Attribute conformant,
      Attribute missing) {
    boolean all = true;
    for (SupplierSbom s : sboms) {
      SbomQuality.Conformance c = s.quality() == null ? null : s.quality().standard(id);
      if (c == null || !c.conformant()) {
        all = false;
      }
      if (c != null) {
        for (SbomQuality.Field f : c.fields()) {
          if (f.required() && !f.met()) {
            // counts, not words: the value goes into the English and the Dutch message alike
            facts.put(missing, f.field() + (f.level().equals("component") ? " " + f.present() + "/" + f.total()
                : ""));
          }
        }
      }
    }
    facts.put(conformant, all);
  }

  /** The SBOM files themselves, as a project finding's evidence. */
  static List<Evidence> evidence(List<SupplierSbom> sboms) {
    return sboms.stream().map(s -> new Evidence("sbom", EvidenceKind.SBOM, Location.of(s.file()),
        s.formatName() + " SBOM delivered by the supplier", 1.0, Scope.RUNTIME)).toList();
  }

  /** Puts the truth facts; returns the evidence of the component with that of its counterparts. */
  static List<Evidence> component(Facts.Builder facts, SbomTruth.Verdict verdict, Component c,
      Map<String, Component> byRef) {
    if (verdict == null) {
      return c.evidence();
    }
    facts.put(SUPPLIER_SBOM_CHECK, verdict.check())
        .putAll(SUPPLIER_SBOM_CLAIMED_VERSION, verdict.claimedVersions())
        .put(SUPPLIER_SBOM_CLAIMED_HASH, verdict.claimedHash())
        .put(SUPPLIER_SBOM_DELIVERED_HASH, verdict.deliveredHash());
    if (verdict.counterparts().isEmpty()) {
      return c.evidence();
    }
    List<Evidence> out = new ArrayList<>(c.evidence());
    verdict.counterparts().stream().map(byRef::get).filter(Objects::nonNull)
        .flatMap(o -> o.evidence().stream()).forEach(out::add);
    return Stream.of(out).flatMap(List::stream).distinct().sorted().toList();
  }
}
