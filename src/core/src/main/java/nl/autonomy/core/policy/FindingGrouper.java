package nl.autonomy.core.policy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import nl.autonomy.core.Messages;
import nl.autonomy.core.model.Aspect;
import nl.autonomy.core.model.Evidence;
import nl.autonomy.core.model.Finding;
import nl.autonomy.core.model.FindingStatus;
import nl.autonomy.core.model.FindingWaiver;
import nl.autonomy.core.model.Scope;
import nl.autonomy.core.model.Severity;
import nl.autonomy.core.model.Subject;

/**
 * One root cause, one finding: the findings of one rule with the same {@link RootCause} (300 npm
 * packages without license data, every module of a reactor inheriting one unresolved license)
 * become one finding that lists its subjects and weighs once, at the widest scope among them. So a
 * score does not grow worse because a codebase is split into more modules or a lockfile lists more
 * packages for the same gap, and the real lock-ins are not buried among a thousand copies of one
 * warning. Waivers and baselines are applied to each subject first; subjects that differ in waiver
 * or baseline status stay in separate findings, so a waiver never hides more than it names.
 */
final class FindingGrouper {

  /** Enough to find the places; the finding lists every subject. */
  private static final int MAX_EVIDENCE = 20;
  private static final int MAX_NAMED = 5;

  private final java.util.function.BiFunction<String, String, String> ruleTitle;
  private final Messages messages = Messages.english();

  /** @param ruleTitle the rule's title for people (its id when it has none), in English */
  FindingGrouper(Function<String, String> ruleTitle) {
    this((id, language) -> ruleTitle.apply(id));
  }

  /** @param ruleTitle the rule's title for people by rule id and language ({@code en}, {@code nl}) */
  FindingGrouper(java.util.function.BiFunction<String, String, String> ruleTitle) {
    this.ruleTitle = ruleTitle;
  }

  private record Key(String rule, Severity severity, Aspect aspect, FindingWaiver waiver, FindingStatus status,
      String cause) {
  }

  List<Finding> group(List<Finding> findings) {
    Map<Key, List<Finding>> groups = new LinkedHashMap<>();
    List<Finding> out = new ArrayList<>();
    for (Finding f : findings) {
      if (f.cause() == null || f.grouped()) {
        out.add(f);
      } else {
        groups.computeIfAbsent(new Key(f.ruleId(), f.severity(), f.aspect(), f.waiver(), f.status(), f.cause()),
            k -> new ArrayList<>()).add(f);
      }
    }
    for (Map.Entry<Key, List<Finding>> e : groups.entrySet()) {
      List<Finding> members = e.getValue();
      out.add(members.size() == 1 ? members.get(0) : merge(e.getKey(), members));
    }
    return out.stream().sorted().toList();
  }

  private Finding merge(Key key, List<Finding> members) {
    List<Subject> subjects = members.stream().map(Finding::subject).distinct()
        .sorted(Comparator.comparing(Subject::ref)).toList();
    Scope widest = subjects.stream().map(Subject::scope).min(Comparator.naturalOrder()).orElse(Scope.RUNTIME);
    String ref = "cause:" + key.cause();
    Subject subject = new Subject(Subject.Kind.COMPONENT, ref,
        messages.format("answer.components", subjects.size()), widest);
    String message = messages.format("group.message", ruleTitle.apply(key.rule(), "en"), subjects.size(),
        key.cause(), named(subjects, messages));
    java.util.SortedMap<String, nl.autonomy.core.model.FindingText> translations = new java.util.TreeMap<>();
    for (String lang : members.get(0).translations().keySet()) {
      Messages local = Messages.of(java.util.Locale.forLanguageTag(lang));
      List<String> fixes = members.stream().map(f -> f.howToFix(java.util.Locale.forLanguageTag(lang)))
          .filter(f -> f != null && !f.isEmpty()).distinct().toList();
      translations.put(lang, new nl.autonomy.core.model.FindingText(
          local.format("group.message", ruleTitle.apply(key.rule(), lang), subjects.size(), key.cause(),
              named(subjects, local)), fixes.isEmpty() ? "" : fixes.get(0)));
    }
    List<String> advice = members.stream().map(Finding::howToFix).filter(Objects::nonNull).distinct().toList();
    List<Evidence> evidence = members.stream().flatMap(f -> f.evidence().stream()).distinct().sorted()
        .limit(MAX_EVIDENCE).toList();
    double weight = members.stream().mapToDouble(Finding::weight).max().orElse(0);
    return new Finding(key.rule(), key.severity(), key.aspect(), subject, message,
        advice.size() == 1 ? advice.get(0) : advice.isEmpty() ? "" : advice.get(0), evidence, key.waiver(),
        key.status(), weight, Fingerprints.of(key.rule(), Subject.Kind.COMPONENT, ref), subjects, key.cause(),
        translations);
  }

  private static String named(List<Subject> subjects, Messages messages) {
    List<String> names = subjects.stream().map(Subject::name).distinct().toList();
    if (names.size() <= MAX_NAMED) {
      return String.join(", ", names);
    }
    return messages.format("portfolio.items.more", String.join(", ", names.subList(0, MAX_NAMED)),
        names.size() - MAX_NAMED);
  }
}
