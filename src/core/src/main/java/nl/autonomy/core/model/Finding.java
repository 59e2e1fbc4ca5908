package nl.autonomy.core.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import java.util.SortedMap;
import java.util.Objects;

/**
 * One thing a policy rule found.
 *
 * @param ruleId the rule that produced it
 * @param severity how serious; {@link Severity#INFO} when the subject lies outside the scopes the
 *     rule judges (a test-only SDK under a runtime rule is reported, never fails the build)
 * @param aspect the question it answers
 * @param subject what it is about
 * @param message what is wrong, for a person
 * @param howToFix the way out: alternatives and the open standard, or the rule's own advice
 * @param evidence where it shows, sorted
 * @param waiver the waiver that accepts it, or null
 * @param status new, or already in the baseline
 * @param weight how much it counts in the score: the scope weight of its subject times the rule's
 * @param fingerprint stable id of rule and subject (version-free), used to match a baseline
 * @param subjects when one cause makes the rule fail on many subjects (300 npm packages without
 *     license data, every module inheriting one unresolved license), the finding is one and these
 *     are its subjects, sorted; empty when it is about {@code subject} alone
 * @param cause why the rule failed, as the facts its condition tested ({@code
 *     component.ecosystem=npm; license.known=false}): the root cause findings are grouped by; null
 *     for findings that are their own cause (a service, the portfolio, the project)
 * @param translations the message and advice in the other languages the policy writes its rule
 *     in, by language ({@code nl}); {@code message} and {@code howToFix} stay English and stable
 */
public record Finding(
    String ruleId, Severity severity, Aspect aspect, Subject subject, String message, String howToFix,
    List<Evidence> evidence, FindingWaiver waiver, FindingStatus status, double weight, String fingerprint,
    List<Subject> subjects, String cause, SortedMap<String, FindingText> translations)
    implements Comparable<Finding> {

  /** A finding in English only. */
  public Finding(
      String ruleId, Severity severity, Aspect aspect, Subject subject, String message, String howToFix,
      List<Evidence> evidence, FindingWaiver waiver, FindingStatus status, double weight, String fingerprint,
      List<Subject> subjects, String cause) {
    this(ruleId, severity, aspect, subject, message, howToFix, evidence, waiver, status, weight, fingerprint,
        subjects, cause, null);
  }

  /** A finding about one subject. */
  public Finding(
      String ruleId, Severity severity, Aspect aspect, Subject subject, String message, String howToFix,
      List<Evidence> evidence, FindingWaiver waiver, FindingStatus status, double weight, String fingerprint) {
    this(ruleId, severity, aspect, subject, message, howToFix, evidence, waiver, status, weight, fingerprint,
        List.of(), null);
  }

  public Finding {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(aspect, "aspect");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(fingerprint, "fingerprint");
    howToFix = howToFix == null ? "" : howToFix;
    evidence = evidence == null ? List.of() : evidence.stream().distinct().sorted().toList();
    subjects = subjects == null ? List.of() : List.copyOf(subjects);
    translations = java.util.Collections.unmodifiableSortedMap(
        new java.util.TreeMap<>(translations == null ? java.util.Map.of() : translations));
    if (weight < 0) {
      throw new IllegalArgumentException("weight must be >= 0: " + weight);
    }
  }

  @JsonIgnore
  public boolean waived() {
    return waiver != null;
  }

  /** Whether it can fail the verdict: not waived and not already in the baseline. */
  @JsonIgnore
  public boolean countsForVerdict() {
    return waiver == null && status == FindingStatus.NEW;
  }

  /** How many subjects it is about: 1, or the size of its group. */
  @JsonIgnore
  public int subjectCount() {
    return subjects.isEmpty() ? 1 : subjects.size();
  }

  /** Whether it stands for several subjects failing the rule for one cause. */
  @JsonIgnore
  public boolean grouped() {
    return !subjects.isEmpty();
  }

  public Finding withWaiver(FindingWaiver value) {
    return new Finding(ruleId, severity, aspect, subject, message, howToFix, evidence, value, status, weight,
        fingerprint, subjects, cause, translations);
  }

  public Finding withStatus(FindingStatus value) {
    return new Finding(ruleId, severity, aspect, subject, message, howToFix, evidence, waiver, value, weight,
        fingerprint, subjects, cause, translations);
  }

  public Finding withCause(String value) {
    return new Finding(ruleId, severity, aspect, subject, message, howToFix, evidence, waiver, status, weight,
        fingerprint, subjects, value, translations);
  }

  /** The message people read in {@code locale}'s language: its translation, else the English one. */
  public String message(java.util.Locale locale) {
    FindingText t = translations.get(locale.getLanguage());
    return t != null ? t.message() : message;
  }

  /** The advice in {@code locale}'s language: its translation, else the English one. */
  public String howToFix(java.util.Locale locale) {
    FindingText t = translations.get(locale.getLanguage());
    return t != null ? t.howToFix() : howToFix;
  }

  public Finding withTranslations(SortedMap<String, FindingText> value) {
    return new Finding(ruleId, severity, aspect, subject, message, howToFix, evidence, waiver, status, weight,
        fingerprint, subjects, cause, value);
  }

  /** Most severe first, then by rule and subject: the order reports list them in. */
  @Override
  public int compareTo(Finding o) {
    int c = o.severity.compareTo(severity);
    if (c != 0) {
      return c;
    }
    c = ruleId.compareTo(o.ruleId);
    if (c != 0) {
      return c;
    }
    c = subject.kind().compareTo(o.subject.kind());
    return c != 0 ? c : subject.ref().compareTo(o.subject.ref());
  }
}
