package nl.autonomy.cli;

import nl.autonomy.core.AutonomyVersion;
import picocli.CommandLine.IVersionProvider;

/** {@code autonomy --version}. */
final class VersionProvider implements IVersionProvider {

  @Override
  public String[] getVersion() {
    return new String[] {
        AutonomyVersion.NAME + " " + AutonomyVersion.get(),
        "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"
    };
  }
}
