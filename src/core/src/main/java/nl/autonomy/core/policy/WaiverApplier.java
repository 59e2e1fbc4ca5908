package nl.autonomy.core.policy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.autonomy.core.Messages;
import nl.autonomy.core.model.Finding;
import nl.autonomy.core.model.FindingWaiver;
import nl.autonomy.core.model.WaiverNotice;
import nl.autonomy.core.text.Glob;

/**
 * Marks waived findings (they stay, with the waiver's reason), and reports waivers that expired
 * (they no longer waive) or match nothing (stale).
 */
final class WaiverApplier {

  /** The findings, waived where a live waiver matches, and the notices about waivers. */
  record Result(List<Finding> findings, List<WaiverNotice> notices) {
  }

  private final List<PolicyWaiver> waivers;
  private final LocalDate today;
  private final Messages messages = Messages.english();

  WaiverApplier(List<PolicyWaiver> waivers, LocalDate today) {
    this.waivers = waivers;
    this.today = today;
  }

  Result apply(List<Finding> findings) {
    Set<PolicyWaiver> used = new HashSet<>();
    List<Finding> out = new ArrayList<>();
    for (Finding f : findings) {
      Finding result = f;
      for (PolicyWaiver w : waivers) {
        if (matches(w, f)) {
          used.add(w);
          if (!w.expiredOn(today)) {
            result = f.withWaiver(new FindingWaiver(w.reason(), w.owner(), w.expires()));
            break;
          }
        }
      }
      out.add(result);
    }
    List<WaiverNotice> notices = new ArrayList<>();
    for (PolicyWaiver w : waivers) {
      if (w.expiredOn(today)) {
        notices.add(new WaiverNotice(WaiverNotice.Kind.EXPIRED, w.rule(), w.subject(), w.owner(), w.expires(),
            messages.format("waiver.expired", w.rule(), w.subject(), w.expires().toString(), w.owner())));
      } else if (!used.contains(w)) {
        notices.add(new WaiverNotice(WaiverNotice.Kind.STALE, w.rule(), w.subject(), w.owner(), w.expires(),
            messages.format("waiver.stale", w.rule(), w.subject(), w.owner())));
      }
    }
    return new Result(out, notices);
  }

  /** Rule by id or glob; subject by glob over the ref, its version-free form, or the name. */
  static boolean matches(PolicyWaiver w, Finding f) {
    if (!Glob.matches(w.rule(), f.ruleId())) {
      return false;
    }
    String ref = f.subject().ref();
    return Glob.matches(w.subject(), ref) || Glob.matches(w.subject(), Fingerprints.versionless(ref))
        || Glob.matches(w.subject(), f.subject().name());
  }
}
