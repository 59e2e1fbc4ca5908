package nl.autonomy.core.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.autonomy.core.Messages;
import nl.autonomy.core.model.Aspect;
import nl.autonomy.core.model.AutonomySummary;
import nl.autonomy.core.model.Coverage;
import nl.autonomy.core.model.Inventory;
import nl.autonomy.core.model.UnreadParts;
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

  /**
   * The sentence in the bundle's language. Lock-in leads; what could not be read follows (a partial
   * scan says "of what could be read" and how much was not); unknown licenses are uncertainty and
   * show as coverage, never as lock-in. A scan that read nothing gives no percentage at all.
   */
  public static String sentence(AutonomySummary s, Messages messages) {
    String unread = s.partial() ? unread(s.unread(), messages) : null;
    if (s.nothingRead() && unread != null) {
      return messages.format("answer.nothingRead", unread);
    }
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
    if (parts.isEmpty() && s.score() < 100 && s.findings() > 0) {
      parts.add(messages.format("answer.findings", s.findings()));
    }
    String sentence;
    if (unread != null) {
      sentence = parts.isEmpty() ? messages.format("answer.partialNone", s.score(), unread)
          : messages.format("answer.partialIntro", s.score(), messages.join(parts), unread);
    } else {
      sentence = parts.isEmpty() ? messages.format("answer.none", s.score())
          : messages.format("answer.intro", s.score(), messages.join(parts));
    }
    Coverage c = s.coverage();
    if (c != null && c.components() > 0 && c.withLicense() < c.components()) {
      sentence += messages.format("answer.coverage", Score.whole(100 * c.licenseShare()), c.components());
    }
    return sentence;
  }

  /** "5 modules' dependencies could not be resolved and 1 file could not be read". */
  static String unread(UnreadParts u, Messages messages) {
    List<String> parts = new ArrayList<>();
    add(parts, messages, "unread.modules", u.modules());
    add(parts, messages, "unread.files", u.files());
    add(parts, messages, "unread.other", u.other());
    return messages.join(parts);
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
  static AutonomySummary summarize(Inventory inventory, Items items, Score score, List<Finding> findings) {
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
    UnreadParts unread = UnreadParts.of(inventory.problems());
    boolean nothingRead = inventory.components().isEmpty() && inventory.services().isEmpty()
        && inventory.serviceUses().isEmpty();
    return new AutonomySummary(score.overallWhole(), proprietary.size(), withoutOpen, nonEu,
        licensed(components, LicenseCategory.SOURCE_AVAILABLE), licensed(components, LicenseCategory.PROPRIETARY),
        licensed(components, LicenseCategory.UNKNOWN), findings.size(), Coverage.of(inventory), unread,
        nothingRead);
  }

  private static int licensed(List<Item> components, LicenseCategory category) {
    return (int) components.stream().filter(i -> is(i, Attribute.LICENSE_CATEGORY, category.id())).count();
  }

  private static boolean is(Item item, Attribute attribute, String value) {
    return item.facts().values(attribute).contains(value);
  }
}
