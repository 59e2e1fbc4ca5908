package nl.autonomy.core.detect.signals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import nl.autonomy.core.catalog.ServiceEntry;
import nl.autonomy.core.detect.support.CommentSyntax;
import nl.autonomy.core.text.Glob;
import nl.autonomy.core.detect.support.MultiPatternMatcher;
import nl.autonomy.core.lockin.LockInRules;
import nl.autonomy.core.model.Location;
import nl.autonomy.core.model.Problem;

/**
 * All signals of all catalog services, compiled once per scan into one matcher. The matcher looks
 * for each distinct anchor once (ignoring case), and a pattern stands for every signal with that
 * anchor: {@code .amazonaws.com} anchors the endpoints of dozens of services, and one hit should
 * not be dozens. The block-comment tokens are patterns too, with no signals: they only make the
 * scanner report the lines that open or close comments.
 */
public final class SignalIndex {

  /** Shorter literals would fire on almost every line. */
  static final int MIN_ANCHOR = 3;

  private final List<Signal> signals;
  private final List<List<Signal>> byPattern;
  private final Map<String, List<Signal>> pathSignals;
  private final MultiPatternMatcher matcher;
  private final List<Problem> problems;
  private final Map<String, String> categories;

  private SignalIndex(List<Signal> signals, List<Signal> pathSignals, List<Problem> problems,
      Map<String, String> categories) {
    this.categories = Map.copyOf(categories);
    this.signals = List.copyOf(signals);
    Map<String, List<Signal>> byFamily = new TreeMap<>();
    for (Signal s : pathSignals) {
      byFamily.computeIfAbsent(s.family().id(), k -> new ArrayList<>()).add(s);
    }
    this.pathSignals = Map.copyOf(byFamily);
    this.problems = List.copyOf(problems);
    Map<String, List<Signal>> distinct = new LinkedHashMap<>();
    for (Signal s : signals) {
      distinct.computeIfAbsent(s.anchor().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(s);
    }
    for (String token : CommentSyntax.blockTokens()) {
      distinct.computeIfAbsent(token, k -> new ArrayList<>());
    }
    this.byPattern = distinct.values().stream().map(List::copyOf).toList();
    this.matcher = MultiPatternMatcher.compile(List.copyOf(distinct.keySet()));
  }

  public static SignalIndex compile(List<ServiceEntry> services, List<SignalFamily> families, LockInRules rules) {
    List<Signal> signals = new ArrayList<>();
    List<Signal> pathSignals = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    for (ServiceEntry service : services) {
      for (SignalFamily family : families) {
        for (String entry : family.entries(service.signals())) {
          List<String> anchors = family.anchors(entry);
          if (anchors.isEmpty()) {
            pathSignals.add(new Signal(service.id(), family, entry, Glob.of(entry), null, false));
          }
          for (String anchor : anchors) {
            if (usable(anchor)) {
              signals.add(new Signal(service.id(), family, entry, Glob.of(entry), anchor, false));
            } else {
              problems.add(Problem.warning("signals", Location.of("catalog"), "the " + family.id() + " signal '"
                  + entry + "' of service " + service.id() + " cannot be searched for: it needs a literal of at least "
                  + MIN_ANCHOR + " printable ASCII characters"));
            }
          }
        }
      }
    }
    SignalFamily endpoints = families.stream().filter(f -> f.kind() == nl.autonomy.core.model.EvidenceKind.ENDPOINT)
        .findFirst().orElse(null);
    if (endpoints != null) {
      for (LockInRules.OpenProtocol rule : rules.openProtocols()) {
        for (String marker : rule.markers()) {
          if (usable(marker)) {
            signals.add(new Signal(rule.service(), endpoints, marker, Glob.of(marker), marker, true));
          }
        }
      }
    }
    Map<String, String> categories = new java.util.HashMap<>();
    services.forEach(s -> {
      if (s.category() != null) {
        categories.put(s.id(), s.category());
      }
    });
    return new SignalIndex(signals, pathSignals, problems, categories);
  }

  /** The catalog category of a service (storage, ci, messaging...). */
  public java.util.Optional<String> category(String serviceId) {
    return java.util.Optional.ofNullable(categories.get(serviceId));
  }

  private static boolean usable(String anchor) {
    return anchor != null && anchor.length() >= MIN_ANCHOR && anchor.chars().allMatch(c -> c >= 0x20 && c <= 0x7e);
  }

  public MultiPatternMatcher matcher() {
    return matcher;
  }

  /** The distinct literals the matcher looks for (signal anchors), for benchmarks and diagnostics. */
  public List<String> anchors() {
    return signals.stream().map(Signal::anchor).distinct().toList();
  }

  /** The signals behind a matcher pattern (none for a comment token). */
  public List<Signal> signals(int pattern) {
    return byPattern.get(pattern);
  }

  /** Signals judged from paths alone, by family. */
  public Map<String, List<Signal>> pathSignalsByFamily() {
    return pathSignals;
  }

  /** Whether a host belongs to any catalog service (matches one of the {@code endpoints} globs). */
  public boolean knownHost(String host) {
    for (Signal s : signals) {
      if (!s.override() && s.family().kind() == nl.autonomy.core.model.EvidenceKind.ENDPOINT
          && s.glob().matches(host)) {
        return true;
      }
    }
    return false;
  }

  public int size() {
    return signals.size();
  }

  /** Catalog entries that cannot be searched for. */
  public List<Problem> problems() {
    return problems;
  }
}
