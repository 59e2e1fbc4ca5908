package nl.autonomy.core.detect.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CommentTrackerTest {

  /** The marked word {@code HOST} is looked up on its line; earlier lines set up block state. */
  @ParameterizedTest(name = "{0}: {1} -> commented={2}")
  @CsvSource(delimiter = '|', value = {
      "application.properties| # url=HOST                               | true",
      "application.properties| url=HOST # not a comment in properties    | false",
      "application.yml       | #  endpoint: HOST                         | true",
      "application.yml       | endpoint: HOST # live                     | false",
      "application.yml       | endpoint: 'a#HOST'                        | false",
      ".env                  | S3=HOST#x                                 | false",
      "Main.java             | String u = \"https://HOST\"; // ok        | false",
      "Main.java             | // String u = \"https://HOST\";           | true",
      "Main.java             | String u = \"/*\"; String h = \"HOST\";   | false",
      "Main.java             | /* old:\\n   HOST\\n*/                    | true",
      "Main.java             | /* old */ String h = \"HOST\";            | false",
      "main.tf               | # endpoint = \"HOST\"                     | true",
      "main.tf               | // endpoint = \"HOST\"                    | true",
      "app.py                | client = boto3.client(HOST)  # s3         | false",
      "app.py                | # client = boto3.client(HOST)             | true",
      "web.config            | <!-- <add value=\"HOST\"/> -->            | true",
      "web.config            | <!--\\n <add value=\"HOST\"/>              | true",
      "data.json             | {\"url\": \"HOST\"}                       | false"})
  void recognisesCommentsWhereTheSyntaxMakesThemClear(String file, String text, boolean commented) {
    CommentTracker tracker = new CommentTracker(CommentSyntax.forFile(file));
    List<String> lines = List.of(text.replace("\\n", "\n").split("\n"));
    for (String line : lines) {
      java.util.BitSet mask = tracker.commented(line);
      if (line.contains("HOST")) {
        assertThat(mask.get(line.indexOf("HOST"))).isEqualTo(commented);
        return;
      }
    }
    throw new AssertionError("fixture without HOST");
  }
}
