package nl.autonomy.core.report.view;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.HashMap;
import java.util.Locale;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import nl.autonomy.core.FailOn;
import nl.autonomy.core.Messages;
import nl.autonomy.core.ScanResult;
import nl.autonomy.core.model.Assessment;
import nl.autonomy.core.model.Component;
import nl.autonomy.core.model.ComponentRole;
import nl.autonomy.core.model.Evidence;
import nl.autonomy.core.model.Inventory;
import nl.autonomy.core.model.LicenseCategory;
import nl.autonomy.core.model.Scope;
import nl.autonomy.core.model.Service;
import nl.autonomy.core.model.Severity;
import nl.autonomy.core.model.VendorRef;
import nl.autonomy.core.model.Verdict;
import nl.autonomy.core.answer.AutonomyAnswer;

/**
 * What the HTML and Markdown reports derive from a result, computed once in one place so that
 * both say the same: the answer in the writer's language, the services with their provider and
 * places of use, and the runtime components the ownership charts count.
 */
public final class ReportView {

  private ReportView() {
  }

  /**
   * The one-sentence answer in the texts' language. The assessment carries it in English; other
   * languages render it again from the same counts.
   */
  public static String answer(Assessment assessment, Locale locale) {
    if (locale.getLanguage().isEmpty() || locale.getLanguage().equals("en")) {
      return assessment.answer();
    }
    return AutonomyAnswer.sentence(assessment.summary(), Messages.of(locale));
  }

  /**
   * The verdict's reason in the texts' language, rendered again from the findings the way the
   * policy engine words it. The one case the assessment holds too little for (a score below the
   * policy's minimum, which it does not record) keeps the engine's English text.
   */
  public static String verdictReason(Assessment assessment, Locale locale) {
    if (locale.getLanguage().isEmpty() || locale.getLanguage().equals("en")) {
      return assessment.verdictReason();
    }
    Messages messages = Messages.of(locale);
    FailOn failOn = assessment.failOn();
    if (failOn == FailOn.NEVER) {
      return messages.format("verdict.never");
    }
    Severity threshold = failOn == FailOn.WARNING ? Severity.WARNING : Severity.ERROR;
    long failing = assessment.findings().stream()
        .filter(f -> f.countsForVerdict() && f.severity().atLeast(threshold)).count();
    if (failing > 0) {
      return messages.format("verdict.failFindings", failing, failOn.id());
    }
    return assessment.verdict() == Verdict.PASS ? messages.format("verdict.pass", failOn.id())
        : assessment.verdictReason();
  }

  /**
   * The coverage beside the score: how many third-party components have a known license and vendor
   * (unknown is uncertainty, not lock-in); null when there are none.
   */
  public static String coverage(ScanResult result, ReportTexts t) {
    nl.autonomy.core.model.Coverage c = result.assessment() != null && result.assessment().summary().coverage() != null
        ? result.assessment().summary().coverage() : nl.autonomy.core.model.Coverage.of(result.inventory());
    if (c.components() == 0) {
      return null;
    }
    return t.format("score.coverage", nl.autonomy.core.model.Score.whole(100 * c.licenseShare()),
        nl.autonomy.core.model.Score.whole(100 * c.vendorShare()), c.components());
  }

  /** "Partial: the score is of what could be read", or null for a complete scan. */
  public static String partial(Assessment assessment, ReportTexts t) {
    return assessment.score().partial() ? t.get("score.partial") : null;
  }

  /** The components that ship and run, without the scanned project's own modules. */
  public static List<Component> runtimeComponents(Inventory inventory) {
    return inventory.components().stream()
        .filter(c -> c.scope() == Scope.RUNTIME)
        .filter(c -> c.role() != ComponentRole.PROJECT)
        .toList();
  }

  /** Every service found, sorted by id, with its provider and where it is used. */
  public static List<ServiceView> services(ScanResult result) {
    Inventory inv = result.inventory();
    // the provider comes from the result alone (as the scan's catalog, --catalog included, named
    // it), then from the components that carry it; never from a catalog of the writer's own
    Map<String, VendorRef> vendors = new HashMap<>();
    for (Component c : inv.components()) {
      if (c.vendor() != null && c.vendor().isKnown()) {
        vendors.putIfAbsent(c.vendor().id(), c.vendor());
      }
    }
    List<ServiceView> out = new ArrayList<>();
    for (Service s : inv.services()) {
      VendorRef vendor = s.vendorId() == null ? VendorRef.unknown()
          : s.provider() != null ? s.provider()
          : Optional.ofNullable(vendors.get(s.vendorId())).orElseGet(() -> new VendorRef(s.vendorId(), s.vendorId(), s.vendorId(),
              null, List.of(), null, nl.autonomy.core.model.VendorBasis.UNKNOWN));
      // where the code talks to it, and where its client libraries are declared
      Stream<Evidence> sightings = Stream.of(s.evidence().stream(),
          inv.serviceUses().stream().filter(u -> u.serviceId().equals(s.id())).map(u -> u.evidence()),
          inv.components().stream().filter(c -> s.components().contains(c.ref())).flatMap(c -> c.evidence().stream()))
          .flatMap(e -> e);
      out.add(new ServiceView(s, vendor, usedIn(sightings)));
    }
    return out;
  }

  private static SortedMap<String, List<Integer>> usedIn(Stream<Evidence> evidence) {
    SortedMap<String, TreeSet<Integer>> byFile = new TreeMap<>();
    evidence.forEach(e -> byFile.computeIfAbsent(e.location().file(), f -> new TreeSet<>()).add(e.location().line()));
    SortedMap<String, List<Integer>> out = new TreeMap<>();
    byFile.forEach((file, lines) -> out.put(file, lines.stream().filter(l -> l > 0).toList()));
    return out;
  }

  /** {@code file:3, 7} or {@code file}: a file with its lines, the way people read a location. */
  public static String place(String file, List<Integer> lines) {
    if (lines.isEmpty()) {
      return file;
    }
    StringBuilder b = new StringBuilder(file).append(':');
    for (int i = 0; i < lines.size(); i++) {
      b.append(i == 0 ? "" : ", ").append(lines.get(i));
    }
    return b.toString();
  }

  /** Who controls the component, by name, or "unknown". */
  public static String vendorLabel(Component c, ReportTexts t) {
    return c.vendor() == null || !c.vendor().isKnown() ? t.get("unknown") : c.vendor().name();
  }

  /** The jurisdictions of the component's vendor, e.g. {@code US}, or "unknown". */
  public static String jurisdictionLabel(Component c, ReportTexts t) {
    return c.vendor() == null || c.vendor().jurisdictions().isEmpty() ? t.get("unknown")
        : String.join(", ", c.vendor().jurisdictions());
  }

  /** The license category in words, e.g. "Weak copyleft". */
  public static String categoryLabel(Component c, ReportTexts t) {
    return t.label("category", c.license() == null ? LicenseCategory.UNKNOWN : c.license().category());
  }

  /** The name people use for a component: {@code group:name@version}. */
  public static String componentName(Component c) {
    return c.version() == null ? c.coordinates() : c.coordinates() + "@" + c.version();
  }
}
