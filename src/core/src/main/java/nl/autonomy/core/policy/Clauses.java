package nl.autonomy.core.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;
import java.util.TreeMap;
import nl.autonomy.core.model.Clause;
import nl.autonomy.core.model.ClauseOutcome;
import nl.autonomy.core.model.Finding;
import nl.autonomy.core.model.FindingStatus;
import nl.autonomy.core.model.Severity;

/**
 * Every rule of a policy as a clause with its outcome: what a contract file needs, since a clause
 * that passed must show what was checked as plainly as one that failed. A finding outside the
 * rule's scopes (a test-only SDK) is information and does not fail the clause.
 */
final class Clauses {

  private Clauses() {
  }

  static List<Clause> of(Policy policy, List<Finding> findings, Items items) {
    List<Clause> out = new ArrayList<>();
    java.util.Map<Target, Integer> counts = new java.util.EnumMap<>(Target.class);
    for (Rule rule : policy.rules()) {
      int failing = 0;
      int waived = 0;
      int existing = 0;
      int outOfScope = 0;
      for (Finding f : findings) {
        if (!f.ruleId().equals(rule.id())) {
          continue;
        }
        int n = f.subjectCount();
        if (f.severity() == Severity.INFO && rule.severity() != Severity.INFO) {
          outOfScope += n;
        } else if (f.waived()) {
          waived += n;
        } else {
          failing += n;
          existing += f.status() == FindingStatus.EXISTING ? n : 0;
        }
      }
      ClauseOutcome outcome = failing > 0 ? ClauseOutcome.FAIL : waived > 0 ? ClauseOutcome.WAIVED : ClauseOutcome.PASS;
      Target judged = rule.target() == Target.PORTFOLIO ? rule.portfolio().of() : rule.target();
      SortedMap<String, String> titles = new TreeMap<>();
      rule.translations().forEach((lang, t) -> {
        if (t.title() != null) {
          titles.put(lang, t.title());
        }
      });
      out.add(new Clause(rule.id(), rule.title("en"), titles, rule.target().id(), rule.severity(), rule.aspect(),
          describe(rule), counts.computeIfAbsent(judged, t -> items.of(t).size()), outcome, failing, waived, existing, outOfScope));
    }
    return out;
  }

  /** The rule's test as the policy writes it, on one line. */
  static String describe(Rule rule) {
    if (rule.target() == Target.PORTFOLIO) {
      PortfolioCheck p = rule.portfolio();
      StringBuilder b = new StringBuilder("portfolio of ").append(p.of().id()).append('s');
      if (!(p.where() instanceof Condition.Always)) {
        b.append(" where ").append(describe(p.where()));
      }
      b.append(": ").append(p.measure().id());
      if (p.attribute() != null) {
        b.append(" of ").append(p.attribute().key());
      }
      if (!(p.matching() instanceof Condition.Always)) {
        b.append(" matching ").append(describe(p.matching()));
      }
      if (p.atLeast() != null) {
        b.append(", at least ").append(number(p.atLeast()));
      }
      if (p.atMost() != null) {
        b.append(", at most ").append(number(p.atMost()));
      }
      return b.toString();
    }
    return describe(rule.when());
  }

  static String describe(Condition c) {
    if (c instanceof Condition.Always) {
      return "always";
    }
    if (c instanceof Condition.All all) {
      return join(all.conditions(), " and ");
    }
    if (c instanceof Condition.Any any) {
      return "any of (" + join(any.conditions(), "; ") + ")";
    }
    if (c instanceof Condition.Not not) {
      return "not (" + describe(not.condition()) + ")";
    }
    Condition.Match m = (Condition.Match) c;
    return m.attribute().key() + ": " + describe(m.matcher());
  }

  private static String describe(ValueMatcher matcher) {
    if (matcher instanceof ValueMatcher.AnyOf any) {
      List<String> values = new ArrayList<>(any.values());
      if (any.matchesUnknown()) {
        values.add("null");
      }
      return values.size() == 1 ? values.get(0) : "[" + String.join(", ", values) + "]";
    }
    ValueMatcher.Compare compare = (ValueMatcher.Compare) matcher;
    List<String> parts = new ArrayList<>();
    compare.comparisons().forEach(x -> parts.add(x.operator().id() + " " + number(x.limit())));
    return String.join(", ", parts);
  }

  private static String join(List<Condition> conditions, String separator) {
    List<String> parts = new ArrayList<>();
    conditions.forEach(x -> parts.add(describe(x)));
    return String.join(separator, parts);
  }

  private static String number(double d) {
    return d == Math.rint(d) ? Long.toString((long) d) : String.format(Locale.ROOT, "%s", d);
  }
}
