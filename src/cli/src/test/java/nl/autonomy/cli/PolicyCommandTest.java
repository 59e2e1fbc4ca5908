package nl.autonomy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code autonomy policy}: run through picocli as the root command will register it. */
class PolicyCommandTest {

  @TempDir
  Path tmp;

  record Run(int exit, String out, String err) {
  }

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(new PolicyCommand());
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    int exit = cli.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  @Test
  void listShowsTheFiveShippedPolicies() {
    Run r = run("list");
    assertThat(r.exit()).isZero();
    assertThat(r.out().lines()).hasSize(5);
    assertThat(r.out()).contains("default ", "strict-sovereign ", "procurement ", "amsterdam-2030 ", "eu-csf ",
        "Amsterdam digital autonomy targets for 2030");
  }

  @Test
  void showPrintsTheEffectivePolicyAndItsText() {
    Run r = run("show", "amsterdam-2030");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("# amsterdam-2030: Amsterdam digital autonomy targets for 2030",
        "# extends: default\n", "no-proprietary-cloud-api (error)", "# digest: sha256:",
        "at-least: 0.30");
  }

  @Test
  void aBasePolicyExtendsNothingNotItself() {
    Run r = run("show", "procurement");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("# extends: nothing (a base policy)").doesNotContain("# extends: procurement");
  }

  @Test
  void showOfAnUnknownPolicyIsAConfigurationError() {
    Run r = run("show", "amsterdam");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("no shipped policy or file named 'amsterdam'");
  }

  @Test
  void validateAcceptsAGoodFile() throws Exception {
    Path file = Files.writeString(tmp.resolve("team.yaml"), """
        apiVersion: autonomy/v1
        id: team
        extends: [default]
        waivers:
          - rule: no-proprietary-cloud-api
            subject: azure-blob-storage
            reason: Move to S3-compatible storage planned (DIGI-123)
            owner: team-parkeren
            expires: 2027-06-30
        """);
    Run r = run("validate", file.toString());
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("valid policy 'team' with 15 rules and 1 waivers");
  }

  @Test
  void validateNamesFileLineColumnAndTheAllowedValues() throws Exception {
    Path file = Files.writeString(tmp.resolve("team.yaml"), """
        apiVersion: autonomy/v1
        id: team
        rules:
          - id: r1
            aspect: agility
            severity: fatal
            message: m
        """);
    Run r = run("validate", file.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains(file + ":6:15: /rules/0/severity: 'fatal' is not allowed; allowed: info, warning, error");
  }

  @Test
  void withoutSubcommandItShowsUsage() {
    Run r = run();
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("list", "show", "validate");
  }
}
