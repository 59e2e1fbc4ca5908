package nl.autonomy.core.report;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import nl.autonomy.core.ScanResult;

/**
 * Writes the chosen formats of a result into an output directory.
 *
 * <p>All or nothing, and as one: every format is written into a fresh staging folder next to the
 * output folder; only when all of them succeeded does the staging folder take the output folder's
 * place (see {@link OutputFolder}). A writer that fails (an invalid BOM is a bug, not a file), a
 * full disk or a killed run leaves no half-written file and no mix of this run's files with an
 * earlier run's; afterwards the folder holds exactly this run's files.
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
   * @throws IOException when a file cannot be written; then the folder is as it was
   */
  public List<Path> write(ScanResult result, Path directory) throws IOException {
    Objects.requireNonNull(result, "result");
    OutputFolder folder = new OutputFolder(directory, ownNames());
    folder.prepare();
    Path staging = folder.stage();
    try {
      // the formats are independent renderings of one immutable result: written side by side
      // (the BOMs' schema validation and XML transform take most of the time), each to its own
      // file in the staging folder, so the all-or-nothing commit below is unchanged
      Path stage = staging;
      ParallelWrites.run(writers.size(), sideBySide(result), i -> {
        ReportWriter writer = writers.get(i);
        try (FileChannel channel = FileChannel.open(stage.resolve(writer.fileName()),
            StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
          OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 64 * 1024);
          writer.write(result, options, out);
          out.flush();
          channel.force(true); // on disk before the rename makes it the current set
        }
      });
      List<Path> written = folder.commit(staging);
      staging = null;
      return written.stream().map(p -> directory.resolve(p.getFileName().toString())).sorted().toList();
    } finally {
      OutputFolder.discard(staging);
    }
  }

  /**
   * Writes named texts (UTF-8) into {@code directory} as one set, by the same all-or-nothing switch
   * as the reports ({@code autonomy diff -o DIR} writes {@code diff.md} and {@code diff.json}).
   *
   * @param files file name to content, in the order given
   * @return the files now in the directory, sorted
   */
  public static List<Path> writeTexts(java.util.Map<String, String> files, Path directory) throws IOException {
    OutputFolder folder = new OutputFolder(directory, files.keySet());
    folder.prepare();
    Path staging = folder.stage();
    try {
      for (java.util.Map.Entry<String, String> e : files.entrySet()) {
        try (FileChannel channel = FileChannel.open(staging.resolve(e.getKey()),
            StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
          channel.write(java.nio.ByteBuffer.wrap(e.getValue().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
          channel.force(true);
        }
      }
      List<Path> written = folder.commit(staging);
      staging = null;
      return written.stream().map(p -> directory.resolve(p.getFileName().toString())).sorted().toList();
    } finally {
      OutputFolder.discard(staging);
    }
  }

  /**
   * How many files are written at a time. Each BOM writer holds a model of the whole BOM while it
   * writes (CycloneDX's, or SPDX's with its JSON tree), hundreds of megabytes for a lockfile of a
   * hundred thousand packages: a large inventory is written one file at a time, so the heap holds
   * one such model, not two (the launcher's heap is bounded, see docs/performance.md). The bytes
   * are the same either way.
   */
  static int sideBySide(ScanResult result) {
    return result.inventory().components().size() > LARGE_INVENTORY ? 1 : Integer.MAX_VALUE;
  }

  /** Components from which an inventory is written one file at a time (see {@link #sideBySide}). */
  static final int LARGE_INVENTORY = 20_000;

  /** Every file name a writer on the class path or in this output writes. */
  private Set<String> ownNames() {
    Set<String> names = new HashSet<>();
    ReportWriters.load().all().forEach(w -> names.add(w.fileName()));
    writers.forEach(w -> names.add(w.fileName()));
    return names;
  }
}
