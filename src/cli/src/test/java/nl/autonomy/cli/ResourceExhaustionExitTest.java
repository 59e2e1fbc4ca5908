package nl.autonomy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.Callable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine.Command;

/** Running out of memory or stack is never exit 1, the code that means "the policy failed". */
class ResourceExhaustionExitTest {

  @Command(name = "dies")
  static final class Dies implements Callable<Integer> {
    private final String what;

    Dies(String what) {
      this.what = what;
    }

    @Override
    public Integer call() {
      if (what.equals("heap")) {
        throw new OutOfMemoryError("Java heap space");
      }
      if (what.equals("stack")) {
        throw new StackOverflowError();
      }
      return recurse(0);
    }

    private static int recurse(int depth) {
      return recurse(depth + 1) + 1;
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"heap", "stack", "real-recursion"})
  void exhaustionHasItsOwnExitCodeAndMessage(String what) {
    StringWriter err = new StringWriter();
    PrintWriter errWriter = new PrintWriter(err, true);

    int code = Main.execute(Main.newCommandLine(new Dies(what), new PrintWriter(new StringWriter()), errWriter, false),
        errWriter, false);

    assertThat(code).isEqualTo(ExitCodes.OUT_OF_RESOURCES).isNotEqualTo(ExitCodes.POLICY_FAILED);
    assertThat(err.toString()).startsWith("autonomy: ran out of ").contains("no verdict was reached");
  }
}
