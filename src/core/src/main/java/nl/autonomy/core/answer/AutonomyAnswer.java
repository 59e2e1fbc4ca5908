package nl.autonomy.core.answer;

import java.util.ArrayList;
import java.util.List;
import nl.autonomy.core.Messages;
import nl.autonomy.core.model.AutonomySummary;
import nl.autonomy.core.model.Coverage;
import nl.autonomy.core.model.UnreadParts;
import nl.autonomy.core.model.Score;

/**
 * The one-sentence answer to "how autonomous is this codebase?", e.g. "62% autonomous: 3
 * proprietary cloud services (2 without an open alternative in use), 4 components under
 * source-available licenses". Counts what ships; words come from the message bundle.
 *
 * <p>Its own package: the policy engine words the answer when it evaluates, and the report
 * writers word it again in the report's language from the counts the assessment carries
 * ({@link AutonomySummary}); neither depends on the other (ArchitectureTest).
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
  public static String unread(UnreadParts u, Messages messages) {
    List<String> parts = new ArrayList<>();
    add(parts, messages, "unread.modules", u.modules());
    add(parts, messages, "unread.files", u.files());
    add(parts, messages, "unread.other", u.other());
    add(parts, messages, "unread.declared", u.declared());
    return messages.join(parts);
  }

  private static void add(List<String> parts, Messages messages, String key, int count) {
    if (count > 0) {
      parts.add(messages.format(key, count));
    }
  }
}
