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
    PrintStream console = System.err;
    LibraryLogging.configure(args); // other code's writes to System.err are filtered from here on
    System.exit(run(System.out, console, args));
  }

  /** Runs one command line and returns its exit code (see {@link ExitCodes}). */
  public static int run(PrintStream out, PrintStream err, String... args) {
    PrintWriter outWriter = new ConsoleWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8));
    PrintWriter errWriter = new ConsoleWriter(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8));
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
    try {
      return execute(newCommandLine(outWriter, errWriter, stacktrace), errWriter, stacktrace, args);
    } finally {
      outWriter.flush();
      errWriter.flush();
    }
  }

  /** Executes a command line; no Throwable that the run can survive escapes it. */
  static int execute(CommandLine cli, PrintWriter errWriter, boolean stacktrace, String... args) {
    try {
      return cli.execute(args);
    } catch (OutOfMemoryError | StackOverflowError e) {
      // picocli hands only Exceptions to the handler; an Error would reach the JVM, which exits 1 —
      // the "policy failed" code. Exit with a code of its own instead.
      return outOfResources(e, errWriter, stacktrace);
    }
  }

  /** Says what ran out in a few words: the heap may be nearly full, so nothing elaborate. */
  static int outOfResources(Error e, PrintWriter err, boolean stacktrace) {
    String what = e instanceof StackOverflowError ? "stack (the input nests too deeply)" : "memory";
    err.println("autonomy: ran out of " + what + "; no verdict was reached."
        + " Give Java more with AUTONOMY_JAVA_OPTS=-Xmx4g (the autonomy launcher's default heap is 768 MB)"
        + " or -Xss4m, or report the input as a bug.");
    if (stacktrace) {
      e.printStackTrace(err);
    }
    return ExitCodes.OUT_OF_RESOURCES;
  }

  static CommandLine newCommandLine(PrintWriter out, PrintWriter err, boolean stacktrace) {
    return newCommandLine(new AutonomyCommand(), out, err, stacktrace);
  }

  static CommandLine newCommandLine(Object command, PrintWriter out, PrintWriter err, boolean stacktrace) {
    CommandLine cli = new CommandLine(command);
    // the console escapes control characters, so picocli must not colour its help with them
    cli.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
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
      if (e.getCause() instanceof OutOfMemoryError || e.getCause() instanceof StackOverflowError) {
        return outOfResources((Error) e.getCause(), err, stacktrace);
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
