package nl.autonomy.core.detect.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GlobTest {

  @ParameterizedTest(name = "{0} ~ {1} = {2}")
  @CsvSource({
      "*.blob.core.windows.net, parkeerdata.blob.core.windows.net, true",
      "*.blob.core.windows.net, PARKEERDATA.Blob.Core.Windows.Net, true",
      "*.blob.core.windows.net, blob.core.windows.net.evil.example, false",
      "*.s3.*.amazonaws.com, bucket.s3.eu-west-1.amazonaws.com, true",
      "*.s3.*.amazonaws.com, s3.amazonaws.com, false",
      "azurerm_storage_*, azurerm_storage_account, true",
      "azurerm_storage_*, azurerm_key_vault, false",
      "*.dkr.ecr.*.amazonaws.com/*, 123.dkr.ecr.eu-west-1.amazonaws.com/afval:1, true",
      "s3.amazonaws.com, s3.amazonaws.com, true"})
  void matchesWholeTokens(String glob, String text, boolean expected) {
    assertThat(Glob.of(glob).matches(text)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"*.blob.core.windows.net, .blob.core.windows.net", "*.dkr.ecr.*.amazonaws.com/*, .amazonaws.com/",
      "azure/login, azure/login"})
  void anchorsOnTheLongestLiteral(String glob, String anchor) {
    assertThat(Glob.of(glob).anchor()).isEqualTo(anchor);
  }
}
