package nl.autonomy.core.policy;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Predicate;
import nl.autonomy.core.text.Glob;

/** How one attribute's facts are compared with what the policy wrote. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME) // the type name keeps all/any apart in a policy digest
public sealed interface ValueMatcher {

  /** Whether the facts (all values of one attribute; empty = unknown) satisfy this matcher. */
  boolean matches(List<String> facts);

  /** The same test with its globs compiled once (see {@link Condition#compile()}). */
  default Predicate<List<String>> compile() {
    return this::matches;
  }

  /**
   * Any of the written values: globs for text ({@code *}, {@code ?}, case ignored), exact for
   * booleans and numbers; a written {@code null} matches an unknown (absent) fact.
   */
  record AnyOf(List<String> values, boolean matchesUnknown) implements ValueMatcher {

    public AnyOf {
      values = List.copyOf(values);
    }

    @Override
    public boolean matches(List<String> facts) {
      if (facts.isEmpty()) {
        return matchesUnknown;
      }
      for (String value : values) {
        Glob glob = Glob.of(value);
        for (String fact : facts) {
          if (glob.matches(fact)) {
            return true;
          }
        }
      }
      return false;
    }

    @Override
    public Predicate<List<String>> compile() {
      List<Glob> globs = values.stream().map(Glob::of).toList();
      return facts -> {
        if (facts.isEmpty()) {
          return matchesUnknown;
        }
        for (Glob glob : globs) {
          for (String fact : facts) {
            if (glob.matches(fact)) {
              return true;
            }
          }
        }
        return false;
      };
    }
  }

  /** Numeric comparisons that must all hold for one value: {@code {gte: 2, lt: 5}}. */
  record Compare(List<Comparison> comparisons) implements ValueMatcher {

    public Compare {
      comparisons = List.copyOf(comparisons);
    }

    @Override
    public boolean matches(List<String> facts) {
      for (String fact : facts) {
        double value = Double.parseDouble(fact);
        if (comparisons.stream().allMatch(c -> c.holds(value))) {
          return true;
        }
      }
      return false;
    }
  }

  /** One numeric comparison. */
  record Comparison(Operator operator, double limit) {
    public Comparison {
      Objects.requireNonNull(operator, "operator");
    }

    public boolean holds(double value) {
      return switch (operator) {
        case GT -> value > limit;
        case GTE -> value >= limit;
        case LT -> value < limit;
        case LTE -> value <= limit;
        case EQ -> value == limit;
      };
    }
  }

  /** The comparison operators a policy may write. */
  enum Operator {
    GT, GTE, LT, LTE, EQ;

    public String id() {
      return name().toLowerCase(Locale.ROOT);
    }
  }
}
