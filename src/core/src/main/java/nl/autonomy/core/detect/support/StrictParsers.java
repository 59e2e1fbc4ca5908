package nl.autonomy.core.detect.support;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
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
