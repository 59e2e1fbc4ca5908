package nl.autonomy.core.detect.support;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * The one configuration of the JSON and YAML parsers that read scanned files. A duplicated key is
 * an error, never "the later one wins": in a lockfile a second entry under the same key silently
 * replaces a legitimate package with one of an attacker's choosing (npm, pnpm and YAML-strict
 * tools reject such files too). Nesting is bounded so a hostile file cannot exhaust the stack, and
 * YAML aliases are bounded so an alias bomb stays small. Sizes are bounded by the caller (the scan's
 * file-size bound), so SnakeYAML's 3 MB code point default is lifted to that bound.
 */
public final class StrictParsers {

  /** Deep enough for any real manifest, shallow enough that a hostile file cannot blow the stack. */
  public static final int MAX_DEPTH = 200;
  /** Alias references allowed per YAML document: real manifests use a handful. */
  public static final int MAX_ALIASES = 50;

  private static final StreamReadConstraints CONSTRAINTS = StreamReadConstraints.builder()
      .maxNestingDepth(MAX_DEPTH).build();

  /** JSON: duplicate keys rejected, nesting bounded. */
  public static final JsonFactory JSON = JsonFactory.builder()
      .streamReadConstraints(CONSTRAINTS)
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .build();

  /** YAML: duplicate keys rejected, nesting and aliases bounded. */
  public static final YAMLFactory YAML = yaml();

  private StrictParsers() {
  }

  /**
   * Reads the first token of a document that must be an object (a JSON object, a YAML mapping).
   * An empty file is said as such ({@link EmptyFileException}, a whole-file condition); any other
   * first token is an error at its line.
   *
   * @param what how the message names the file ("package.json")
   * @param shape what it must hold ("a JSON object", "a mapping")
   */
  public static void startObject(JsonParser p, String what, String shape) throws IOException {
    JsonToken first = p.nextToken();
    if (first == null) {
      throw new EmptyFileException();
    }
    if (first != JsonToken.START_OBJECT) {
      throw new JsonParseException(p, what + " must hold " + shape + ", not " + tokenName(first),
          p.currentTokenLocation());
    }
  }

  /**
   * The same error with the place where {@code p} stopped. Jackson's stream constraints (nesting
   * depth, name and number length) throw without a location, although the parser knows it: read
   * errors from a parser pass through here so the problem names the line.
   */
  public static JsonProcessingException located(JsonParser p, JsonProcessingException e) {
    JsonLocation at = e.getLocation();
    if (at != null && at.getLineNr() > 0) {
      return e;
    }
    JsonLocation here = p.currentLocation();
    if (here == null || here.getLineNr() <= 0) {
      return e;
    }
    return e instanceof StreamConstraintsException
        ? new StreamConstraintsException(e.getOriginalMessage(), here)
        : new JsonParseException(p, e.getOriginalMessage(), here, e);
  }

  private static String tokenName(JsonToken t) {
    return switch (t) {
      case START_ARRAY -> "a list";
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      case VALUE_NULL -> "null";
      default -> t.name().toLowerCase(java.util.Locale.ROOT);
    };
  }

  private static YAMLFactory yaml() {
    LoaderOptions loader = new LoaderOptions();
    loader.setCodePointLimit(Integer.MAX_VALUE);
    loader.setMaxAliasesForCollections(MAX_ALIASES);
    loader.setNestingDepthLimit(MAX_DEPTH);
    loader.setAllowDuplicateKeys(false);
    return YAMLFactory.builder().loaderOptions(loader)
        .streamReadConstraints(CONSTRAINTS)
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .build();
  }
}
