package nl.autonomy.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import nl.autonomy.core.policy.Policy;
import nl.autonomy.core.policy.PolicyError;
import nl.autonomy.core.policy.PolicyException;
import nl.autonomy.core.policy.PolicyRepository;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code autonomy policy list|show|validate}: the shipped policies and checks of custom ones. */
@Command(
    name = "policy",
    mixinStandardHelpOptions = true,
    description = "Shipped and custom autonomy policies: list them, show one, validate a file.",
    subcommands = {PolicyCommand.ListPolicies.class, PolicyCommand.ShowPolicy.class,
        PolicyCommand.ValidatePolicy.class})
public final class PolicyCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCodes.USAGE;
  }

  /** Prints each error as {@code file:line:column: message} and returns the configuration exit code. */
  static int report(PolicyException e, PrintWriter err) {
    for (PolicyError error : e.errors()) {
      err.println(error);
    }
    return ExitCodes.USAGE;
  }

  /** {@code autonomy policy list}. */
  @Command(name = "list", mixinStandardHelpOptions = true, description = "List the shipped policies.")
  static final class ListPolicies implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      try {
        var policies = new PolicyRepository().list();
        int width = policies.stream().mapToInt(p -> p.id().length()).max().orElse(2);
        for (var p : policies) {
          out.println(String.format(Locale.ROOT, "%-" + width + "s  %s", p.id(), p.title()));
        }
        return ExitCodes.PASSED;
      } catch (PolicyException e) {
        return report(e, spec.commandLine().getErr());
      }
    }
  }

  /** {@code autonomy policy show ID|FILE}. */
  @Command(name = "show", mixinStandardHelpOptions = true,
      description = "Show a policy as written, after a header with its effective id, chain, rules and digest.")
  static final class ShowPolicy implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ID|FILE", description = "a shipped policy id or a policy file")
    String policy;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      try {
        PolicyRepository repository = new PolicyRepository();
        Policy p = repository.load(policy);
        out.println("# " + p.id() + ": " + p.title());
        // the chain ends with the policy itself: what it extends is everything before
        java.util.List<String> bases = p.chain().subList(0, Math.max(0, p.chain().size() - 1));
        out.println("# extends: " + (bases.isEmpty() ? "nothing (a base policy)" : String.join(" -> ", bases)));
        out.println("# effective rules: " + String.join(", ", p.rules().stream().map(r -> r.id()
            + " (" + r.severity().id() + ")").toList()));
        out.println("# digest: " + p.digest());
        out.println();
        out.print(repository.text(policy));
        out.flush();
        return ExitCodes.PASSED;
      } catch (PolicyException e) {
        return report(e, spec.commandLine().getErr());
      }
    }
  }

  /** {@code autonomy policy validate FILE}. */
  @Command(name = "validate", mixinStandardHelpOptions = true,
      description = "Check a policy file against the schema and the rules of the format; exit 0 when valid, 2 when not.")
  static final class ValidatePolicy implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "the policy file (a shipped id works too)")
    String file;

    @Override
    public Integer call() {
      try {
        Policy p = new PolicyRepository().load(file);
        spec.commandLine().getOut().println(file + ": valid policy '" + p.id() + "' with " + p.rules().size()
            + " rules and " + p.waivers().size() + " waivers (" + p.digest() + ")");
        return ExitCodes.PASSED;
      } catch (PolicyException e) {
        return report(e, spec.commandLine().getErr());
      }
    }
  }
}
