package nl.autonomy.core.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.autonomy.core.ScanResult;

/**
 * Writes the chosen formats of a result into an output directory.
 *
 * <p>All or nothing: every format is first written to a temporary file next to its target, and
 * only when all of them succeeded are they moved into place (atomically where the file system can).
 * A writer that fails (an invalid BOM is a bug, not a file) leaves no half-written file and no mix
 * of this run's files with an earlier run's.
 */
public final class ReportOutput {

  private final List<ReportWriter> writers;
  private final WriterOptions options;

  public ReportOutput(List<ReportWriter> writers, WriterOptions options) {
    this.writers = List.copyOf(writers);
    this.options = Objects.requireNonNull(options, "options");
    long distinctNames = this.writers.stream().map(ReportWriter::fileName).distinct().count();
    if (distinctNames != this.writers.size()) {
      throw new IllegalArgumentException("two selected writers would write the same file");
    }
  }

  /**
   * Writes every format into {@code directory} (created when missing).
   *
   * @return the files written, sorted
   * @throws IOException when a file cannot be written; then none of the targets was replaced
   */
  public List<Path> write(ScanResult result, Path directory) throws IOException {
    Objects.requireNonNull(result, "result");
    Files.createDirectories(directory);
    Map<Path, Path> staged = new LinkedHashMap<>();
    try {
      for (ReportWriter writer : writers) {
        staged.put(directory.resolve(writer.fileName()), directory.resolve(tempName(writer.fileName())));
      }
      // the formats are independent renderings of one immutable result: written side by side
      // (the BOMs' schema validation and XML transform take most of the time); each to its own
      // temporary file, so the all-or-nothing move below is unchanged
      List<Path> temps = new ArrayList<>(staged.values());
      ParallelWrites.run(writers.size(), i -> {
        try (OutputStream out = Files.newOutputStream(temps.get(i), StandardOpenOption.CREATE_NEW,
            StandardOpenOption.WRITE)) {
          writers.get(i).write(result, options, out);
        }
      });
      List<Path> written = new ArrayList<>();
      for (Map.Entry<Path, Path> e : staged.entrySet()) {
        move(e.getValue(), e.getKey());
        written.add(e.getKey());
      }
      staged.clear();
      return written.stream().sorted().toList();
    } finally {
      for (Path temp : staged.values()) {
        Files.deleteIfExists(temp);
      }
    }
  }

  /**
   * A hidden name next to the target. Not {@code Files.createTempFile}: that makes the file
   * readable by its owner only, and the move would keep that; reports get the usual permissions.
   */
  private static String tempName(String fileName) {
    return "." + fileName + "." + ProcessHandle.current().pid() + "." + System.nanoTime() + ".tmp";
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
