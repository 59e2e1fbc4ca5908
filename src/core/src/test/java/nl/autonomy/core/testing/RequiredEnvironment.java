package nl.autonomy.core.testing;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * What a test needs from the machine (a browser, the network). Where it is missing the test is
 * reported as skipped, with the reason, through a JUnit assumption checked per test (an assumption
 * in {@code @BeforeAll} hides the tests: "Tests run: 0, Skipped: 0"). Under {@code CI=true} the
 * environment is part of the contract, so a missing tool fails the test instead of skipping it.
 */
public final class RequiredEnvironment {

  private RequiredEnvironment() {
  }

  /** Skips (or, on CI, fails) the current test unless {@code present}. */
  public static void require(boolean present, String what) {
    if (present) {
      return;
    }
    if (onCi()) {
      Assertions.fail(what + " is missing, and CI=true: CI must provide it (see .ci/run)");
    }
    Assumptions.abort(what + " is missing: this test is skipped (it fails when CI=true)");
  }

  /** Whether a HEAD request to {@code url} is answered within a few seconds. */
  public static boolean reachable(String url) {
    try {
      HttpURLConnection c = (HttpURLConnection) URI.create(url).toURL().openConnection();
      c.setRequestMethod("HEAD");
      c.setConnectTimeout(5000);
      c.setReadTimeout(5000);
      try {
        return c.getResponseCode() > 0;
      } finally {
        c.disconnect();
      }
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  static boolean onCi() {
    return "true".equalsIgnoreCase(System.getenv("CI"));
  }
}
