package nl.autonomy.core.detect.signals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.autonomy.core.detect.support.BoundedTextScanner;
import nl.autonomy.core.detect.support.CommentSyntax;
import nl.autonomy.core.detect.support.CommentTracker;
import nl.autonomy.core.detect.support.FileScan;
import nl.autonomy.core.detect.support.TextLine;
import nl.autonomy.core.lockin.LockInRules;
import nl.autonomy.core.model.EvidenceKind;
import nl.autonomy.core.model.Location;
import nl.autonomy.core.model.Problem;
import nl.autonomy.core.model.ServiceUse;
import nl.autonomy.core.source.WorkspaceFile;

/**
 * Reads one file once and lets every family that accepts it judge the hits of its signals. The
 * shared mechanism of all signal families: one read, one matcher pass, one comment tracker.
 */
final class FileSignals {

  private final SignalIndex index;
  private final List<SignalFamily> families;
  private final LockInRules rules;
  private final BoundedTextScanner scanner;

  FileSignals(SignalIndex index, List<SignalFamily> families, LockInRules rules, long maxBytes) {
    this.index = index;
    this.families = families;
    this.rules = rules;
    this.scanner = new BoundedTextScanner(index.matcher(), maxBytes, p -> index.signals(p).isEmpty());
  }

  /** What one file yielded. */
  record Result(List<ServiceUse> uses, List<Problem> problems, FileScan.Outcome outcome, long bytes) {
  }

  Result scan(WorkspaceFile file) {
    List<SignalFamily> readers = families.stream().filter(f -> f.accepts(file)).toList();
    List<ServiceUse> uses = new ArrayList<>();
    for (SignalFamily family : readers) {
      uses.addAll(family.fromPath(file, index.pathSignalsByFamily().getOrDefault(family.id(), List.of())));
    }
    FileScan scan = scanner.scan(file.absolute());
    List<Problem> problems = new ArrayList<>();
    switch (scan.outcome()) {
      case BINARY -> problems.add(Problem.warning("signals", Location.of(file.path()),
          "not searched for lock-in signals: binary content (a NUL byte in the first block)"));
      case TRUNCATED -> problems.add(Problem.warning("signals", Location.of(file.path()),
          "searched for lock-in signals only up to " + scan.bytesRead() + " bytes (the size bound)"));
      case UNREADABLE -> problems.add(Problem.warning("signals", Location.of(file.path()),
          "cannot read: " + scan.error()));
      default -> { }
    }
    CommentTracker comments = new CommentTracker(CommentSyntax.forFile(file.fileName()));
    FileText fileText = new FileText(file.absolute());
    FileScope scope = new FileScope(file, rules, fileText);
    for (TextLine line : scan.lines()) {
      LineFacts facts = new LineFacts(line.text(), line.number(), comments.commented(line.text()), rules, scope,
          fileText);
      for (TextLine.Hit hit : line.hits()) {
        for (Signal signal : index.signals(hit.pattern())) {
          if (readers.contains(signal.family())) {
            signal.family().judge(new HitContext(file, line, hit, signal, facts, rules, index)).ifPresent(uses::add);
          }
        }
      }
    }
    return new Result(strongestPerLine(uses), problems, scan.outcome(), scan.bytesRead());
  }

  /**
   * One sighting per service and line: an image reference on a line is also a registry host, and
   * the container evidence says more than the endpoint one.
   */
  private static List<ServiceUse> strongestPerLine(List<ServiceUse> uses) {
    Map<String, ServiceUse> best = new LinkedHashMap<>();
    for (ServiceUse use : uses) {
      String key = use.serviceId() + '\u0000' + use.evidence().location().line() + '\u0000'
          + use.evidence().detector().endsWith("override");
      ServiceUse seen = best.get(key);
      if (seen == null || rank(use) < rank(seen)) {
        best.put(key, use);
      }
    }
    return List.copyOf(best.values());
  }

  private static int rank(ServiceUse use) {
    EvidenceKind kind = use.evidence().kind();
    return kind == EvidenceKind.ENDPOINT ? 1 : 0;
  }
}
