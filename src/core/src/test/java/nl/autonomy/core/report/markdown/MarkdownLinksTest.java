package nl.autonomy.core.report.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * report.md is posted on pull requests: untrusted text (a supplier's policy or catalog, a scanned
 * file) must not ping people or turn into links there.
 */
class MarkdownLinksTest {

  @Test
  void mentionsAndBareUrlsAreNeutralised() {
    String text = Markdown.escape("ask @octocat or (@org/team), see https://evil.example/x, "
        + "HTTP://Evil.example and www.evil.example");

    assertThat(text).doesNotContain("@octocat").doesNotContain("@org")
        .doesNotContain("https://").doesNotContain("HTTP://").doesNotContain("www.evil")
        .contains("@" + Markdown.NO_LINK + "octocat")
        .contains("https:" + Markdown.NO_LINK + "//evil.example/x")
        .contains("www" + Markdown.NO_LINK + ".evil.example");
  }

  @Test
  void versionsInPackageUrlsAreNotMentions() {
    assertThat(Markdown.escape("pkg:npm/left-pad@1.3.0")).isEqualTo("pkg:npm/left-pad@1.3.0");
  }

  @Test
  void textWithoutLinksOrMentionsIsOnlyEscaped() {
    assertThat(Markdown.escape("Azure Blob Storage (proprietary-api)")).isEqualTo("Azure Blob Storage (proprietary-api)");
  }
}
