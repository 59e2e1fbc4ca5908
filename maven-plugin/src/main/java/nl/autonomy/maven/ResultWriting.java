package nl.autonomy.maven;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import nl.autonomy.core.ScanResult;
import nl.autonomy.core.report.ReportOutput;
import nl.autonomy.core.report.ReportWriter;
import nl.autonomy.core.report.ReportWriters;
import nl.autonomy.core.report.WriterOptions;
import org.apache.maven.plugin.MojoExecutionException;

/** Writes the chosen formats through core's writers registry, the same writers the CLI uses. */
final class ResultWriting {

  private final List<String> formats;
  private final Locale locale;
  private final boolean reproducible;

  ResultWriting(List<String> formats, Locale locale) {
    this(formats, locale, false);
  }

  /** {@code reproducible}: the timestamp is pinned (project.build.outputTimestamp), see WriterOptions. */
  ResultWriting(List<String> formats, Locale locale, boolean reproducible) {
    this.formats = List.copyOf(formats);
    this.locale = locale;
    this.reproducible = reproducible;
  }

  /** Fails before scanning when a format is unknown, naming the known ones. */
  List<ReportWriter> writers() throws MojoExecutionException {
    try {
      return ReportWriters.load(ResultWriting.class.getClassLoader()).select(formats);
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException("autonomy.formats: " + e.getMessage(), e);
    }
  }

  /** @return the files written, sorted */
  List<Path> write(ScanResult result, Path directory) throws MojoExecutionException {
    try {
      return new ReportOutput(writers(), new WriterOptions(locale, reproducible)).write(result, directory);
    } catch (IOException e) {
      throw new MojoExecutionException("Autonomy could not write its reports to " + directory + ": "
          + nl.autonomy.core.text.IoReasons.of(e), e);
    }
  }
}
