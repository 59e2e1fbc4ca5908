package nl.autonomy.core.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import nl.autonomy.core.EvaluationOptions;
import nl.autonomy.core.FailOn;
import nl.autonomy.core.fixtures.SampleResults;
import nl.autonomy.core.model.Assessment;
import nl.autonomy.core.model.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Policies in two languages: every shipped policy speaks Dutch, and findings carry both texts. */
class PolicyTranslationsTest {

  private static final Locale DUTCH = Locale.forLanguageTag("nl");

  @TempDir
  Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"default", "procurement", "strict-sovereign", "amsterdam-2030"})
  void everyShippedPolicyHasADutchTitleAndEveryRuleADutchTitleAndMessage(String id) {
    Policy policy = new PolicyRepository().load(id);
    assertThat(policy.titles()).containsKey("nl");
    assertThat(policy.rules()).isNotEmpty().allSatisfy(rule -> {
      assertThat(rule.translations()).as(rule.id()).containsKey("nl");
      RuleText nl = rule.translations().get("nl");
      assertThat(nl.title()).as(rule.id()).isNotBlank().isNotEqualTo(rule.title());
      assertThat(nl.message()).as(rule.id()).isNotBlank().isNotEqualTo(rule.message());
      assertThat(Template.placeholders(nl.message())).as(rule.id()).isEqualTo(Template.placeholders(rule.message()));
      assertThat(nl.howToFix() == null).as(rule.id() + " how-to-fix in both languages or in neither")
          .isEqualTo(rule.howToFix() == null);
    });
  }

  @Test
  void findingsKeepTheirEnglishMessageAndCarryTheDutchOneRenderedFromTheSameFacts() {
    Assessment a = new Evaluation().evaluate(SampleResults.springBootOnAzure().inventory(),
        new EvaluationOptions("procurement", null, FailOn.ERROR), SampleResults.TIME);
    Finding lockIn = a.findings().stream().filter(f -> f.ruleId().equals("no-hard-lock-in")
        && f.subject().name().equals("Azure Blob Storage")).findFirst().orElseThrow();
    assertThat(lockIn.message()).isEqualTo(
        "Azure Blob Storage is a proprietary API of Microsoft Corporation: a hard lock-in that needs a contractual waiver.");
    assertThat(lockIn.message(DUTCH)).isEqualTo(
        "Azure Blob Storage is een propriëtaire API van Microsoft Corporation: een harde lock-in waarvoor een contractuele ontheffing nodig is.");
    // the rule has no how-to-fix: the way out is Autonomy's own, worded in Dutch
    assertThat(lockIn.howToFix(DUTCH)).isEqualTo("Stap over op MinIO en Ceph RGW; de open standaard S3 API houdt de uitweg open.");
    assertThat(lockIn.howToFix(Locale.ENGLISH)).startsWith("Move to MinIO");
    assertThat(a.policyTitle(DUTCH)).isEqualTo("Wat een gemeente mag eisen van geleverde software");
    assertThat(a.policyTitle(Locale.ENGLISH)).isEqualTo("What a city can demand of delivered software");
  }

  @Test
  void aPolicyInEnglishOnlyStillLoadsAndAWrongDutchPlaceholderIsAnErrorAtItsLine() throws Exception {
    Path plain = Files.writeString(dir.resolve("plain.yaml"), """
        apiVersion: autonomy/v1
        id: plain
        title: English only
        rules:
          - id: r
            aspect: agility
            severity: warning
            when: {license.known: false}
            message: "{component.name} has no license."
        """);
    Policy policy = new PolicyRepository().load(plain.toString());
    assertThat(policy.rules().get(0).translations()).isEmpty();
    assertThat(policy.rules().get(0).title("nl")).isEqualTo("r");

    Path wrong = Files.writeString(dir.resolve("wrong.yaml"), """
        apiVersion: autonomy/v1
        id: wrong
        rules:
          - id: r
            aspect: agility
            severity: warning
            when: {license.known: false}
            message:
              en: "{component.name} has no license."
              nl: "{component.naam} heeft geen licentie."
        """);
    assertThatThrownBy(() -> new PolicyRepository().load(wrong.toString()))
        .hasMessageContaining("component.naam").hasMessageContaining("wrong.yaml:10");

    Path noEnglish = Files.writeString(dir.resolve("no-english.yaml"), """
        apiVersion: autonomy/v1
        id: no-english
        rules:
          - id: r
            aspect: agility
            severity: warning
            message: {nl: "Alleen Nederlands."}
        """);
    assertThatThrownBy(() -> new PolicyRepository().load(noEnglish.toString())).hasMessageContaining("no-english.yaml:7");
  }

}
