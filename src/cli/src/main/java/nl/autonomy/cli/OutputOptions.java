package nl.autonomy.cli;

import picocli.CommandLine.Option;

/** Verbosity and error display, shared by the commands that do work. */
final class OutputOptions {

  @Option(names = {"-q", "--quiet"}, description = "Print nothing but errors.")
  boolean quiet;

  @Option(names = {"-v", "--verbose"}, description = "Print every step and every problem.")
  boolean verbose;

  @Option(names = "--stacktrace", description = "Print the stack trace of an internal error.")
  boolean stacktrace;
}
