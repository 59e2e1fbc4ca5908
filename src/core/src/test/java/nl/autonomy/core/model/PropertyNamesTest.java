package nl.autonomy.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class PropertyNamesTest {

  /** The rule as it was first written, with regular expressions: the hand-written one must agree. */
  private static String byRegex(String name) {
    String n = PropertyNames.canonical(name);
    if (n.indexOf(':') < 0) {
      n = PropertyNames.NAMESPACE + ":" + n.replace('.', ':');
    }
    n = n.replaceAll("[^A-Za-z0-9_ :-]", "-");
    return n.replaceAll(":{2,}", ":").replaceAll("^:|:$", "");
  }

  @Test
  void namesInTheGrammarStayAsTheyAre() {
    assertEquals("autonomy:vendor:id", PropertyNames.taxonomy("autonomy:vendor:id"));
    assertEquals("cdx:npm:package:development", PropertyNames.taxonomy("cdx:npm:package:development"));
  }

  @Test
  void dotsNamespacesAndStrayCharactersAreMended() {
    assertEquals("autonomy:vendor:id", PropertyNames.taxonomy("autonomy:vendor.id"));
    assertEquals("autonomy:maven:scope", PropertyNames.taxonomy("maven.scope"));
    assertEquals("a:b", PropertyNames.taxonomy("::a:::b:"));
    assertEquals("x-y:z", PropertyNames.taxonomy("x/y:z"));
    assertEquals("x-y:z", PropertyNames.taxonomy("x\uD83D\uDE00y:z"));
    assertEquals("", PropertyNames.taxonomy("::"));
  }

  @Test
  void agreesWithTheRegularExpressionsOnRandomNames() {
    Random random = new Random(20);
    String alphabet = "ab:.:-_ /<>\u00e9\uD83D\uDE00\uD800\u0000";
    for (int n = 0; n < 20_000; n++) {
      StringBuilder s = new StringBuilder();
      int length = random.nextInt(12);
      for (int i = 0; i < length; i++) {
        s.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String name = s.toString();
      assertEquals(byRegex(name), PropertyNames.taxonomy(name), () -> "for " + name.codePoints().boxed().toList());
    }
  }
}
