package nl.autonomy.core.policy;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
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

/** The counts behind the one-sentence answer ({@link nl.autonomy.core.answer.AutonomyAnswer}), from the policy's items. */
final class AnswerCounts {

  private AnswerCounts() {
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
    UnreadParts unread = UnreadParts.of(inventory);
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
