package nl.autonomy.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import nl.autonomy.core.ScanResult;
import nl.autonomy.core.report.ReportOutput;
import nl.autonomy.core.report.ReportWriter;
import nl.autonomy.core.report.ReportWriters;
import nl.autonomy.core.report.WriterOptions;

/** Adapts {@code --format} to the report writers on the class path. */
final class Formats {

  private Formats() {
  }

  /** The chosen writers; an unknown format is a usage error naming the allowed ones. */
  static List<ReportWriter> select(List<String> formats) {
    try {
      return ReportWriters.load().select(formats);
    } catch (IllegalArgumentException e) {
      throw new CliException(ExitCodes.USAGE, e.getMessage());
    }
  }

  static List<Path> write(ScanResult result, List<ReportWriter> writers, Path directory, WriterOptions options) {
    try {
      return new ReportOutput(writers, options).write(result, directory);
    } catch (IOException e) {
      throw new CliException(ExitCodes.INPUT, "cannot write the reports to " + directory + ": "
          + nl.autonomy.core.text.IoReasons.of(e), e);
    }
  }

  /** Lists the format ids in {@code --help}. */
  static final class Candidates implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      List<String> ids = new ArrayList<>(ReportWriters.load().formats());
      return ids.iterator();
    }
  }
}
