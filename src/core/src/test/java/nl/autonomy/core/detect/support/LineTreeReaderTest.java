package nl.autonomy.core.detect.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** JSON and YAML trees that remember lines, and parse errors that name them. */
class LineTreeReaderTest {

  @Test
  void yamlKeysKeepTheLineTheyAreWrittenOn() throws IOException {
    List<LineNode> docs = LineTreeReader.readYaml("""
        # comment
        services:
          web:
            image: nginx:1.25
        ---
        ---
        kind: Pod
        """);

    assertThat(docs).hasSize(2);
    LineNode.Mapping web = ((LineNode.Mapping) docs.get(0)).mapping("services").orElseThrow().mapping("web").orElseThrow();
    assertThat(web.lineOf("image")).isEqualTo(4);
    assertThat(web.text("image")).isEqualTo("nginx:1.25");
    assertThat(((LineNode.Mapping) docs.get(1)).lineOf("kind")).isEqualTo(7);
  }

  @Test
  void jsonArraysAndNullsArePreserved() throws IOException {
    LineNode.Mapping root = (LineNode.Mapping) LineTreeReader.readJson("{\n \"a\": [1, null],\n \"b\": {\"c\": true}\n}");

    assertThat(root.sequence("a")).extracting(n -> ((LineNode.Scalar) n).text()).containsExactly("1", null);
    assertThat(root.mapping("b").orElseThrow().text("c")).isEqualTo("true");
    assertThat(root.lineOf("b")).isEqualTo(3);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      truncated object|{\\n "a": 1,\\n "b": [1, 2|3
      trailing content|{"a": 1}\\n{"b": 2}|2
      """)
  void malformedJsonNamesTheLine(String what, String text, int line) {
    assertThatThrownBy(() -> LineTreeReader.readJson(text.replace("\\n", "\n")))
        .isInstanceOf(JsonProcessingException.class)
        .satisfies(e -> assertThat(((JsonProcessingException) e).getLocation().getLineNr()).isEqualTo(line));
  }

  /** A whole-file condition: said as such, with no line (there is nothing to point at). */
  @Test
  void anEmptyJsonFileSaysItIsEmpty() {
    assertThatThrownBy(() -> LineTreeReader.readJson("   \n"))
        .isInstanceOf(EmptyFileException.class).hasMessage("the file is empty");
  }

  @Test
  void aYamlAliasBombIsNotExpanded() throws IOException {
    StringBuilder bomb = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
    for (char c = 'b'; c <= 'k'; c++) {
      char p = (char) (c - 1);
      bomb.append(c).append(": &").append(c).append(" [*").append(p).append(", *").append(p).append(", *").append(p)
          .append(", *").append(p).append(", *").append(p).append(", *").append(p).append(", *").append(p).append("]\n");
    }
    LineNode.Mapping root = (LineNode.Mapping) LineTreeReader.readYaml(bomb.toString()).get(0);

    assertThat(root.sequence("k")).hasSize(7).allSatisfy(n -> assertThat(n).isInstanceOf(LineNode.Scalar.class));
  }
}
