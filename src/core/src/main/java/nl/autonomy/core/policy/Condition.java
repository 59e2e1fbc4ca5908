package nl.autonomy.core.policy;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * A test over an item's facts. Conditions are data read from a policy: nothing in them is
 * executed, so a policy from outside (a procurement department's) is safe to load.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME) // the type name keeps all/any apart in a policy digest
public sealed interface Condition {

  /** Whether the item's facts satisfy this condition. */
  boolean test(Facts facts);

  /**
   * The same test with every glob compiled once, for judging many items: a rule engine compiles
   * each rule's condition once per evaluation and applies it to every item.
   */
  default Predicate<Facts> compile() {
    return this::test;
  }

  /** The attributes it tests, in the order written: what a finding's cause is made of. */
  default java.util.Set<Attribute> attributes() {
    java.util.Set<Attribute> out = new java.util.LinkedHashSet<>();
    collect(this, out);
    return out;
  }

  private static void collect(Condition c, java.util.Set<Attribute> out) {
    if (c instanceof All all) {
      all.conditions().forEach(x -> collect(x, out));
    } else if (c instanceof Any any) {
      any.conditions().forEach(x -> collect(x, out));
    } else if (c instanceof Not not) {
      collect(not.condition(), out);
    } else if (c instanceof Match match) {
      out.add(match.attribute());
    }
  }

  /** Matches everything: a rule without {@code when}. */
  record Always() implements Condition {
    @Override
    public boolean test(Facts facts) {
      return true;
    }
  }

  /** Every condition holds (a mapping's keys, or {@code all: [...]}). */
  record All(List<Condition> conditions) implements Condition {
    public All {
      conditions = List.copyOf(conditions);
    }

    @Override
    public boolean test(Facts facts) {
      return conditions.stream().allMatch(c -> c.test(facts));
    }

    @Override
    public Predicate<Facts> compile() {
      List<Predicate<Facts>> compiled = conditions.stream().map(Condition::compile).toList();
      return facts -> {
        for (Predicate<Facts> c : compiled) {
          if (!c.test(facts)) {
            return false;
          }
        }
        return true;
      };
    }
  }

  /** At least one condition holds ({@code any: [...]}). */
  record Any(List<Condition> conditions) implements Condition {
    public Any {
      conditions = List.copyOf(conditions);
    }

    @Override
    public boolean test(Facts facts) {
      return conditions.stream().anyMatch(c -> c.test(facts));
    }

    @Override
    public Predicate<Facts> compile() {
      List<Predicate<Facts>> compiled = conditions.stream().map(Condition::compile).toList();
      return facts -> {
        for (Predicate<Facts> c : compiled) {
          if (c.test(facts)) {
            return true;
          }
        }
        return false;
      };
    }
  }

  /** The condition does not hold ({@code not: {...}}). */
  record Not(Condition condition) implements Condition {
    public Not {
      Objects.requireNonNull(condition, "condition");
    }

    @Override
    public boolean test(Facts facts) {
      return !condition.test(facts);
    }

    @Override
    public Predicate<Facts> compile() {
      return condition.compile().negate();
    }
  }

  /** One attribute compared with the written value(s). */
  record Match(Attribute attribute, ValueMatcher matcher) implements Condition {
    public Match {
      Objects.requireNonNull(attribute, "attribute");
      Objects.requireNonNull(matcher, "matcher");
    }

    @Override
    public boolean test(Facts facts) {
      return matcher.matches(facts.values(attribute));
    }

    @Override
    public Predicate<Facts> compile() {
      Predicate<List<String>> compiled = matcher.compile();
      return facts -> compiled.test(facts.values(attribute));
    }
  }
}
