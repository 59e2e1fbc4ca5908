package nl.autonomy.cli;

/** Exit codes, as documented in the README and in {@code --help}. */
public final class ExitCodes {

  /** The scan passed the policy. */
  public static final int PASSED = 0;
  /** The policy failed: findings at or above {@code --fail-on}. */
  public static final int POLICY_FAILED = 1;
  /** Usage or configuration error (bad option, invalid policy or catalog). */
  public static final int USAGE = 2;
  /** The input could not be scanned (missing folder, unreadable archive). */
  public static final int INPUT = 3;
  /** A bug in Autonomy. */
  public static final int INTERNAL = 4;
  /**
   * The run ran out of memory or stack. Never {@link #POLICY_FAILED}: a dying JVM must not look
   * like a verdict. Give Java more memory ({@code AUTONOMY_JAVA_OPTS=-Xmx4g}; the
   * launcher's default heap is 768 MB) or report the input.
   */
  public static final int OUT_OF_RESOURCES = 5;

  private ExitCodes() {
  }
}
