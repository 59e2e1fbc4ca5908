package nl.autonomy.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CatalogPartsTest {

  @ParameterizedTest(name = "{0} {1} {2}")
  @CsvSource({
      "pkg:maven/com.azure/*, pkg:maven/com.azure/azure-storage-blob, true",
      "pkg:maven/com.azure/*, pkg:maven/com.azure.spring/spring-cloud-azure-starter, false",
      "pkg:maven/com.azure*, pkg:maven/com.azure.spring/spring-cloud-azure-starter, true",
      "pkg:maven/com.google.cloud.*, pkg:maven/com.google.cloud.tools/jib-maven-plugin, true",
      "pkg:npm/@azure/*, pkg:npm/@azure/storage-blob, true",
      "pkg:npm/@azure/*, pkg:npm/@azure-rest/ai-inference, false",
      "pkg:pypi/azure-storage-blob, pkg:pypi/Azure_Storage.Blob, true",
      "pkg:nuget/Microsoft.Identity.Client*, pkg:nuget/microsoft.identity.client, true",
      "pkg:nuget/Microsoft.IdentityModel.Clients.ActiveDirectory, pkg:nuget/Microsoft.IdentityModel.Tokens, false",
      "pkg:golang/github.com/Azure/azure-sdk-for-go/sdk/storage/azblob*, pkg:golang/github.com/azure/azure-sdk-for-go/sdk/storage/azblob, true",
      "pkg:maven/com.azure/azure-storage-blob*, pkg:npm/com.azure/azure-storage-blob, false"})
  void matchesPackageKeys(String pattern, String key, boolean matches) {
    assertThat(PurlPattern.compile(pattern).matches(key)).isEqualTo(matches);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "maven/com.azure/*               | must start with 'pkg:'",
      "pkg:maven                       | malformed",
      "pkg:Maven/com.azure/*           | malformed",
      "pkg:maven/com.azure/blob@12.0   | malformed",
      "pkg:maven/com.azure/blob?type=pom | malformed",
      "pkg:maven/com azure/*           | malformed",
      "pkg:maven/com.azure/            | malformed"})
  void rejectsMalformedPatterns(String pattern, String message) {
    assertThat(PurlPattern.problem(pattern)).hasValueSatisfying(p -> assertThat(p).contains(message));
    assertThatThrownBy(() -> PurlPattern.compile(pattern)).isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest(name = "{0} {1} {2}")
  @CsvSource({
      "7.11.0, 7.10.2, 1",
      "7.11, 7.11.0, 0",
      "2.0.0, 2.0.0-beta.1, 1",
      "1.0.0-rc1, 1.0.0-beta2, 1",
      "10.4.0, 2.7.0, 1",
      "v1.15.4, 1.15, 1",
      "1.14.8, 1.15, -1",
      "4.1.104.Final, 4.1.104, 0",
      "6.3.0.RELEASE, 6.3.0, 0",
      "1.0-SNAPSHOT, 1.0, -1"})
  void ordersVersions(String a, String b, int sign) {
    assertThat(Integer.signum(Versions.compare(a, b))).isEqualTo(sign);
    assertThat(Integer.signum(Versions.compare(b, a))).isEqualTo(-sign);
  }

  @ParameterizedTest(name = "{0} contains {1}: {2}")
  @CsvSource({
      ">=7.4 <8, 7.4.0, true",
      ">=7.4 <8, 7.2.4, false",
      ">=7.4 <8, 8.0.1, false",
      ">=2.0.0, 1.13.3, false",
      "<2.0.0, 1.13.3, true",
      "'', 1.0, true",
      "=1.5.6, 1.5.6, true",
      ">=7.11, '', false"})
  void rangesContainVersions(String range, String version, boolean contains) {
    assertThat(VersionRange.parse(range).contains(version)).isEqualTo(contains);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"'>=7.4 <<8'", "'~1.2'", "'>= 7.4'"})
  void rejectsMalformedRanges(String range) {
    assertThatThrownBy(() -> VersionRange.parse(range)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("malformed version bound");
  }
}
