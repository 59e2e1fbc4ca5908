package nl.autonomy.core.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.autonomy.core.Messages;
import nl.autonomy.core.model.Aspect;
import nl.autonomy.core.model.AutonomySummary;
import nl.autonomy.core.model.Finding;
import nl.autonomy.core.model.LicenseCategory;
import nl.autonomy.core.model.LockInLevel;
import nl.autonomy.core.model.Score;
import nl.autonomy.core.model.Severity;
import nl.autonomy.core.model.Subject;

/**
 * The one-sentence answer to "how autonomous is this codebase?", e.g. "62% autonomous: 3
 * proprietary cloud services (2 without an open alternative in use), 4 components under
 * source-available licenses". Counts what ships; words come from the message bundle.
 */
public final class AutonomyAnswer {

  private AutonomyAnswer() {
  }

  /** The sentence in the bundle's language. */
  public static String sentence(AutonomySummary s, Messages messages) {
    List<String> parts = new ArrayList<>();
    if (s.proprietaryServices() > 0) {
      String part = messages.format("answer.proprietaryServices", s.proprietaryServices());
      if (s.withoutOpenAlternative() > 0) {
        part += " " + messages.format("answer.withoutOpenAlternative", s.withoutOpenAlternative());
      }
      parts.add(part);
    }
    add(parts, messages, "answer.nonEuServices", s.nonEuServices());
    add(parts, messages, "answer.sourceAvailable", s.sourceAvailable());
    add(parts, messages, "answer.proprietaryLicensed", s.proprietaryLicensed());
    add(parts, messages, "answer.unknownLicense", s.unknownLicense());
    if (parts.isEmpty() && s.score() < 100 && s.findings() > 0) {
      parts.add(messages.format("answer.findings", s.findings()));
    }
    if (parts.isEmpty()) {
      return messages.format("answer.none", s.score());
    }
    return messages.format("answer.intro", s.score(), messages.join(parts));
  }

  private static void add(List<String> parts, Messages messages, String key, int count) {
    if (count > 0) {
      parts.add(messages.format(key, count));
    }
  }

  /**
   * Proprietary services and licenses are counted as facts; services under non-EU jurisdiction
   * only where the policy raised a confidentiality finding on them, so that a service the team
   * runs itself (S3 against its own MinIO) is not named in the answer.
   */
  static AutonomySummary summarize(Items items, Score score, List<Finding> findings) {
    List<Item> services = items.services().stream().filter(i -> i.scope().ships()).toList();
    List<Item> proprietary = services.stream().filter(i -> is(i, Attribute.SERVICE_LOCK_IN, LockInLevel.PROPRIETARY_API.id())).toList();
    Set<String> openCategories = services.stream()
        .filter(i -> !is(i, Attribute.SERVICE_LOCK_IN, LockInLevel.PROPRIETARY_API.id()))
        .flatMap(i -> i.facts().values(Attribute.SERVICE_CATEGORY).stream()).collect(Collectors.toSet());
    int withoutOpen = (int) proprietary.stream()
        .filter(i -> i.facts().values(Attribute.SERVICE_CATEGORY).stream().noneMatch(openCategories::contains))
        .count();
    Set<String> judged = findings.stream()
        .filter(f -> f.aspect() == Aspect.CONFIDENTIALITY && f.subject().kind() == Subject.Kind.SERVICE
            && f.severity() != Severity.INFO)
        .map(f -> f.subject().ref()).collect(Collectors.toSet());
    int nonEu = (int) services.stream().filter(i -> is(i, Attribute.VENDOR_NON_EU_JURISDICTION, "true"))
        .filter(i -> judged.contains(i.subject().ref())).count();
    List<Item> components = items.components().stream().filter(i -> i.scope().ships()).toList();
    int score100 = (int) Math.floor(score.overall());
    return new AutonomySummary(score100, proprietary.size(), withoutOpen, nonEu,
        licensed(components, LicenseCategory.SOURCE_AVAILABLE), licensed(components, LicenseCategory.PROPRIETARY),
        licensed(components, LicenseCategory.UNKNOWN), findings.size());
  }

  private static int licensed(List<Item> components, LicenseCategory category) {
    return (int) components.stream().filter(i -> is(i, Attribute.LICENSE_CATEGORY, category.id())).count();
  }

  private static boolean is(Item item, Attribute attribute, String value) {
    return item.facts().values(attribute).contains(value);
  }
}
