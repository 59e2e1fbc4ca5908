package nl.autonomy.core.report.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.verapdf.core.EncryptedPdfException;
import org.verapdf.core.ModelParsingException;
import org.verapdf.core.ValidationException;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;
import org.verapdf.pdfa.validation.profiles.Rule;
import org.verapdf.pdfa.validation.profiles.RuleId;

/**
 * veraPDF, the PDF Association's reference PDF/A validator, run in-process with its Greenfield
 * parser (its own PDF parser, not PDFBox, so it judges the bytes independently of the library that
 * wrote them). Used by the tests and, through {@link #main}, on any contract.pdf.
 */
final class VeraPdf {

  static {
    VeraGreenfieldFoundryProvider.initialise();
  }

  private VeraPdf() {
  }

  /** One rule of the profile that failed: its clause and test number, what it requires, how often it failed, and where first. */
  record Failure(String rule, String description, int times, String firstContext, String firstMessage) {
    @Override
    public String toString() {
      return rule + " (" + times + "×): " + description + " — e.g. " + firstMessage + " at " + firstContext;
    }
  }

  /** The verdict: the flavour, how many rules the profile holds, how many checks ran, and the rules that failed. */
  record Report(String flavour, boolean compliant, int rules, int checks, List<Failure> failures) {
    String summary() {
      return "veraPDF " + flavour + ": " + (compliant ? "compliant" : "NOT compliant") + ", " + rules + " rules, "
          + checks + " checks, " + failures.size() + " rules failed"
          + failures.stream().map(f -> "\n  " + f).collect(Collectors.joining());
    }
  }

  static Report validate(byte[] pdf, PDFAFlavour flavour) {
    return validate(new ByteArrayInputStream(pdf), flavour);
  }

  static Report validate(InputStream pdf, PDFAFlavour flavour) {
    try (PDFAParser parser = Foundries.defaultInstance().createParser(pdf, flavour);
        PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
      ValidationResult result = validator.validate(parser);
      Map<String, Rule> rules = new TreeMap<>();
      for (Rule rule : validator.getProfile().getRules()) {
        rules.put(id(rule.getRuleId()), rule);
      }
      Map<String, List<TestAssertion>> failed = result.getTestAssertions().stream()
          .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
          .collect(Collectors.groupingBy(a -> id(a.getRuleId()), TreeMap::new, Collectors.toList()));
      List<Failure> failures = failed.entrySet().stream().map(e -> {
        TestAssertion first = e.getValue().get(0);
        Rule rule = rules.get(e.getKey());
        int times = result.getFailedChecks().getOrDefault(first.getRuleId(), e.getValue().size());
        return new Failure(e.getKey(), rule == null ? first.getMessage() : rule.getDescription(), times,
            first.getLocation() == null ? "?" : first.getLocation().getContext(),
            first.getErrorMessage() == null ? first.getMessage() : first.getErrorMessage());
      }).toList();
      return new Report(flavour.getId(), result.isCompliant(), rules.size(), result.getTotalAssertions(), failures);
    } catch (ModelParsingException | EncryptedPdfException | ValidationException | IOException e) {
      throw new IllegalStateException("veraPDF could not validate the PDF: " + e.getMessage(), e);
    }
  }

  private static String id(RuleId id) {
    return id.getSpecification().getId() + " " + id.getClause() + "-" + id.getTestNumber();
  }

  /** {@code VeraPdf FILE [FLAVOUR]}: validates a PDF on disk (default 2a, what contract.pdf claims) and prints the summary; exit 1 when not compliant. */
  public static void main(String[] args) throws IOException {
    PDFAFlavour flavour = args.length > 1 ? PDFAFlavour.fromString(args[1]) : PDFAFlavour.PDFA_2_A;
    try (InputStream in = Files.newInputStream(Path.of(args[0]))) {
      Report report = validate(in, flavour);
      System.out.println(args[0] + ": " + report.summary());
      System.exit(report.compliant() ? 0 : 1);
    }
  }
}
