package nl.autonomy.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import picocli.CommandLine;

/** The {@code autonomy} command. {@link #run} is the testable entry point: it never exits the JVM. */
public final class Main {

  private Main() {
  }

  public static void main(String[] args) {
    System.exit(run(System.out, System.err, args));
  }

  /** Runs one command line and returns its exit code (see {@link ExitCodes}). */
  public static int run(PrintStream out, PrintStream err, String... args) {
    PrintWriter outWriter = new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), true);
    PrintWriter errWriter = new PrintWriter(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8), true);
    if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
      // answered before picocli reflects over every subcommand and option: the same lines, a
      // fraction of the start-up
      for (String line : new VersionProvider().getVersion()) {
        outWriter.println(line);
      }
      outWriter.flush();
      return ExitCodes.PASSED;
    }
    boolean stacktrace = Arrays.asList(args).contains("--stacktrace");
    CommandLine cli = newCommandLine(outWriter, errWriter, stacktrace);
    try {
      return cli.execute(args);
    } finally {
      outWriter.flush();
      errWriter.flush();
    }
  }

  static CommandLine newCommandLine(PrintWriter out, PrintWriter err, boolean stacktrace) {
    CommandLine cli = new CommandLine(new AutonomyCommand());
    cli.setOut(out);
    cli.setErr(err);
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      if (e instanceof nl.autonomy.core.catalog.CatalogException ce) {
        err.println("autonomy: " + ce.getMessage());
        return ExitCodes.USAGE;
      }
      if (e instanceof CliException ce) {
        err.println("autonomy: " + ce.getMessage());
        if (stacktrace && ce.getCause() != null) {
          ce.getCause().printStackTrace(err);
        }
        return ce.exitCode();
      }
      err.println("autonomy: internal error: " + e);
      if (stacktrace) {
        e.printStackTrace(err);
      } else {
        err.println("This is a bug in Autonomy; run again with --stacktrace and report the output.");
      }
      return ExitCodes.INTERNAL;
    });
    return cli;
  }
}
